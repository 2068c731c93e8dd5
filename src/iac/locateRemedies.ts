// Finds where the repository defines each remedy's target and writes the change to that file.
// Pure: the files come in as text from an adapter. The parsers load lazily, only when a remedy
// can be located and the checkout holds files of their kind.
import type { IacConfidence, IacLocation, Remedy } from '../model/Remedy.js'
import type { Definition } from './Definition.js'
import { matchName } from './namePattern.js'
import { matchGenerated } from './generatedName.js'
import type { RepoFile } from './RepoFile.js'
import { suggestionFor } from './suggestion.js'
import { wantedBy, type Wanted } from './targetName.js'

export interface LocateOptions {
  /** The web address of a file at the run's commit (the Action knows it), for the link. */
  urlOf?: (file: string, line: number) => string | undefined
  warn?: (message: string) => void
}

type Locator = (files: RepoFile[]) => Promise<Definition[]>

/** Each kind: which files it reads and where its locator lives (imported only when needed). */
const LOCATORS: { files: RegExp; load: () => Promise<Locator> }[] = [
  {
    files: /\.tf$/,
    load: async () => (await import('./terraform/locateTerraform.js')).locateTerraform
  },
  {
    files: /\.(ya?ml|json|template)$/i,
    load: async () =>
      (await import('./cloudformation/locateCloudFormation.js')).locateCloudFormation
  },
  {
    files: /(^|\/)serverless\.ya?ml$/,
    load: async () => (await import('./serverless/locateServerless.js')).locateServerless
  },
  {
    files: /\.ts$/,
    load: async () => (await import('./cdk/locateCdk.js')).locateCdk
  }
]

const weaker = (a: IacConfidence, b: IacConfidence | undefined): IacConfidence =>
  a === 'partial' || b === 'partial' ? 'partial' : 'exact'

function nameMatch(def: Definition, w: Wanted, all: Definition[]): IacConfidence | null {
  if (def.holds !== w.holds) return null
  if (def.holds === 'identity' && (def.principal ?? 'role') !== (w.principal ?? 'role')) return null
  if (def.holds === 'resource' && def.service !== w.service) return null
  const byName =
    def.generatedFrom !== undefined
      ? matchGenerated(def.generatedFrom, w.name)
        ? 'partial'
        : null
      : matchName(def.name, w.name)
  // A KMS key ID is generated: a denial naming `key/ID` (or a masked one) never shows which key
  // of the repository it is, so the sole-key fallback would patch a key that may be another.
  if (byName || !def.anyName || (def.service === 'kms' && w.name.startsWith('key/'))) return byName
  const others = all.filter((d) => d.holds === 'resource' && d.service === def.service)
  return others.every((d) => d.file === def.file && d.line === def.line) ? 'partial' : null
}

export async function definitionsIn(
  files: RepoFile[],
  warn?: (m: string) => void
): Promise<Definition[]> {
  const found: Definition[] = []
  for (const { files: pattern, load } of LOCATORS) {
    const mine = files.filter((f) => pattern.test(f.path))
    if (mine.length === 0) continue
    try {
      found.push(...(await (await load())(mine)))
    } catch (error) {
      warn?.(`whydenied could not read the infrastructure code: ${String(error)}`)
    }
  }
  return found
}

export async function locateRemedies(
  remedies: Remedy[],
  files: RepoFile[],
  opts: LocateOptions = {}
): Promise<Remedy[]> {
  const wanted = remedies.map(wantedBy)
  if (wanted.every((w) => w === null) || files.length === 0) return remedies
  const definitions = await definitionsIn(files, opts.warn)
  if (definitions.length === 0) return remedies
  const { createTwoFilesPatch } = await import('diff')
  const byPath = new Map(files.map((f) => [f.path, f.text]))
  return remedies.map((remedy, i) => {
    const w = wanted[i]
    if (!w) return remedy
    const locations: IacLocation[] = []
    const seen = new Set<string>()
    for (const def of definitions) {
      const match = nameMatch(def, w, definitions)
      const key = `${def.file}:${def.line}`
      if (!match || seen.has(key)) continue
      seen.add(key)
      const before = byPath.get(def.file) ?? ''
      let after: string | null
      try {
        after = def.apply(remedy.statements)
      } catch {
        after = null
      }
      const changed = after !== null && after !== before
      const patch = changed
        ? createTwoFilesPatch(`a/${def.file}`, `b/${def.file}`, before, after!, '', '', {
            context: 3
          }).replace(/^=+\n/, '')
        : null
      const suggestion = changed ? suggestionFor(before, after!) : null
      const url = opts.urlOf?.(def.file, def.line)
      locations.push({
        file: def.file,
        line: def.line,
        endLine: def.endLine,
        kind: def.kind,
        resource: def.resource,
        confidence: weaker(match, def.confidence),
        patch,
        ...(suggestion ? { suggestion } : {}),
        ...(url ? { url } : {})
      })
    }
    // Exact names first: they are the definition; partial ones are candidates.
    locations.sort(
      (a, b) => Number(a.confidence === 'partial') - Number(b.confidence === 'partial')
    )
    return locations.length ? { ...remedy, locations } : remedy
  })
}
