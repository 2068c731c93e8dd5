// Builds the two entry points with ncc into dist/: the Action (dist/index.js) and the CLI
// (dist/cli.js). ncc takes one entry at a time and names every lazy chunk "<id>.index.js", so
// the CLI's chunks are renamed "<id>.cli.js" to keep the two bundles from overwriting each other.
import ncc from '@vercel/ncc'
import fs from 'node:fs'
import path from 'node:path'

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname))
const dist = path.join(root, 'dist')

const entries = [
  { src: 'src/index.ts', name: 'index' },
  { src: 'src/cli.ts', name: 'cli' }
]

async function bundle({ src, name }) {
  const { code, assets } = await ncc(path.join(root, src), {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022'
  })
  const files = new Map()
  const rename = (file) => (name === 'index' ? file : file.replace(/\.index\.js$/, `.${name}.js`))
  let main = code
  if (name !== 'index') main = main.replaceAll('".index.js"', `".${name}.js"`)
  files.set(`${name}.js`, main)
  for (const [file, asset] of Object.entries(assets)) {
    let text = asset.source.toString()
    if (file === 'licenses.txt') {
      files.set(`licenses.txt`, text)
      continue
    }
    if (name !== 'index' && file.endsWith('.index.js')) text = text.replaceAll('".index.js"', `".${name}.js"`)
    files.set(rename(file), text)
  }
  return files
}

fs.rmSync(dist, { recursive: true, force: true })
fs.mkdirSync(dist, { recursive: true })
const licences = new Set()
for (const entry of entries) {
  const files = await bundle(entry)
  for (const [file, text] of files) {
    if (file === 'licenses.txt') {
      licences.add(text)
      continue
    }
    const out = path.join(dist, file)
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.writeFileSync(out, text)
    if (file === 'cli.js') fs.chmodSync(out, 0o755)
  }
}
// Both bundles carry largely the same third-party code: keep one licence file.
fs.writeFileSync(path.join(dist, 'licenses.txt'), [...licences].sort((a, b) => b.length - a.length)[0] ?? '')
console.log(fs.readdirSync(dist).sort().join('\n'))
