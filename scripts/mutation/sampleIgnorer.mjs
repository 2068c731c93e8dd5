// Stryker plugin for a sampled run (scripts/mutation/sample.mjs). A `--mutate` range selects a node
// and everything inside it, so the nodes inside a drawn span that are not drawn themselves are left
// out here, and only the drawn positions are tested. Loading this module also makes Stryker test the
// mutants in the order of the draw, so a run stopped midway has reached a uniform sample.
import fs from 'node:fs'
import path from 'node:path'
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin'
import { Instrumenter } from '@stryker-mutator/instrumenter'
import { orderAsDrawn, sampleIgnorer, toBabel } from './sampling.mjs'

const file = process.env.MUTATE_SAMPLE
const drawn = file ? JSON.parse(fs.readFileSync(file, 'utf8')).drawn : []
const ignore = file ? sampleIgnorer(drawn.map((p) => toBabel(p.location))) : () => false
// Stryker runs from the project's root and instruments its files by absolute name; the sample names
// them from the root.
const relative = (f) => path.relative(process.cwd(), path.resolve(f)).split(path.sep).join('/')
if (file) orderAsDrawn(Instrumenter, drawn, relative)

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'sample', {
    shouldIgnore: (p) =>
      ignore(p.node.loc) ? 'Not drawn: inside a drawn position (sampled run)' : undefined
  })
]
