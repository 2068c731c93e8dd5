// Stryker ignorer for a sampled run (scripts/mutation/sample.mjs): a `--mutate` range selects a node
// and everything inside it, so the nodes inside a drawn span that are not drawn themselves are left
// out here, and only the drawn positions are tested.
import fs from 'node:fs'
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin'
import { sampleIgnorer, toBabel } from './sampling.mjs'

const file = process.env.MUTATE_SAMPLE
const ignore = file
  ? sampleIgnorer(JSON.parse(fs.readFileSync(file, 'utf8')).drawn.map((p) => toBabel(p.location)))
  : () => false

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'sample', {
    shouldIgnore: (path) =>
      ignore(path.node.loc) ? 'Not drawn: inside a drawn position (sampled run)' : undefined
  })
]
