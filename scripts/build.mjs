// Builds the entry points with ncc into dist/: the Action (dist/index.js), the CLI (its bin entry
// dist/cli.js, which runs dist/cli.script.js through V8's code cache) and the scan worker both
// start for large files (dist/scanWorker.js). ncc takes one entry at a
// time and names every lazy chunk "<id>.index.js". When the CLI's chunks are the same files as the
// Action's (the STS client), both bundles share them; otherwise the CLI's are renamed
// "<id>.cli.js" so the two bundles cannot overwrite each other.
import ncc from '@vercel/ncc'
import fs from 'node:fs'
import path from 'node:path'
import { bundledPackages, licenceText } from './licenses.mjs'
import { cliScript } from './cliScript.mjs'

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname))
// `--out DIR` builds elsewhere: CI compares a fresh build with the committed dist/ while the
// end-to-end tests still run that committed dist/.
const outAt = process.argv.indexOf('--out')
const dist = outAt > 0 ? path.resolve(process.argv[outAt + 1]) : path.join(root, 'dist')

const entries = [
  { src: 'src/index.ts', name: 'index' },
  // The CLI runs as a classic script (dist/cli.script.js, see scripts/cliScript.mjs) that its bin
  // entry, dist/cli.js, compiles with V8's code cache.
  { src: 'src/cli.ts', name: 'cli', main: 'cli.script.js', transform: cliScript },
  { src: 'src/cliLauncher.ts', name: 'cli-launcher', main: 'cli.js' },
  // Started by both bundles for large files (src/source/workerScan.ts looks for it beside them).
  { src: 'src/scanWorker.ts', name: 'scanWorker' }
]

async function bundle(
  { src, name, main: mainFile = `${name}.js`, transform = (text) => text },
  shared
) {
  const { code, assets, stats } = await ncc(path.join(root, src), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    transpileOnly: true
  })
  allStats.push(stats)
  const files = new Map()
  const chunks = Object.entries(assets).filter(([file]) => file.endsWith('.index.js'))
  const same = chunks.every(([file, asset]) => shared.get(file) === asset.source.toString())
  const own = name !== 'index' && !same
  const rename = (file) => (own ? file.replace(/\.index\.js$/, `.${name}.js`) : file)
  let main = code
  if (own) main = main.replaceAll('".index.js"', `".${name}.js"`)
  files.set(mainFile, transform(main))
  for (const [file, asset] of Object.entries(assets)) {
    let text = asset.source.toString()
    if (own && file.endsWith('.index.js')) text = text.replaceAll('".index.js"', `".${name}.js"`)
    files.set(rename(file), text)
  }
  return files
}

fs.rmSync(dist, { recursive: true, force: true })
fs.mkdirSync(dist, { recursive: true })
const allStats = []
const written = new Map()
for (const entry of entries) {
  const files = await bundle(entry, written)
  for (const [file, text] of files) {
    written.set(file, text)
    const out = path.join(dist, file)
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.writeFileSync(out, text)
    if (file === 'cli.js') fs.chmodSync(out, 0o755)
  }
}
// The IAM catalog is read at run time from beside the bundle (src/catalog/catalogData.ts); ncc's
// asset relocator copies it there because it is named by `new URL(…, import.meta.url)`. A bundle
// without it could explain nothing, so the build fails rather than ship one.
const catalog = path.join(root, 'src', 'catalog', 'iam-catalog.json')
if (!fs.readFileSync(path.join(dist, 'iam-catalog.json')).equals(fs.readFileSync(catalog))) {
  throw new Error('dist/iam-catalog.json is not a copy of src/catalog/iam-catalog.json')
}
// One licence file for every package any bundle or chunk holds, read from the compilations.
fs.writeFileSync(path.join(dist, 'licenses.txt'), licenceText(bundledPackages(allStats)))
console.log(fs.readdirSync(dist).sort().join('\n'))
