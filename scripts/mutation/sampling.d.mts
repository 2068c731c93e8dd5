// Types for the test of the sampled mutation score (__tests__/build/mutationSample.test.ts).
export interface Position {
  line: number
  column: number
}
export interface Location {
  start: Position
  end: Position
}
export interface Drawn {
  file: string
  location: Location
  mutants: { mutatorName: string; replacement: string }[]
}
export interface Tested {
  fileName: string
  location: Location
  status: string
  mutatorName?: string
  replacement?: string
}
export interface Tallied extends Drawn {
  status: Record<string, number>
  killed: number
  timeout: number
  survived: number
  noCoverage: number
  ignored: number
  other: number
  done: boolean
}
export interface Cluster {
  detected: number
  valid: number
}
export interface Estimate {
  score: number
  low: number
  high: number
  se: number
  n: number
  y: number
  x: number
}
export function spanKey(file: string, loc: Location): string
export function seededRandom(seed: number): () => number
export function drawSample<T>(items: readonly T[], size: number, seed: number): T[]
export function positionsOf(
  mutants: readonly {
    fileName: string
    location: Location
    mutatorName: string
    replacement: string
  }[]
): Drawn[]
export function mutateRange(p: { file: string; location: Location }): string
export function sampleIgnorer(
  drawn: readonly Location[]
): (loc: Location | null | undefined) => boolean
export function toBabel(loc: Location): Location
export function fromReport(loc: Location): Location
export function clusterEstimate(clusters: readonly Cluster[], population: number): Estimate
export function tallyPositions(
  positions: readonly Drawn[],
  results: readonly Tested[],
  relative?: (file: string) => string
): { positions: Tallied[]; extra: Tested[]; reached: number }
export function clusterOf(p: Tallied, strict?: boolean): Cluster
export function inDrawOrder<M extends { fileName: string; location: Location }>(
  mutants: readonly M[],
  drawn: readonly Drawn[],
  relative?: (file: string) => string
): M[]
export function orderAsDrawn(
  InstrumenterClass: { prototype: { instrument: (...args: never[]) => Promise<unknown> } },
  drawn: readonly Drawn[],
  relative?: (file: string) => string
): void
export interface Counts {
  killed: number
  timeout: number
  survived: number
  noCoverage: number
  ignored: number
  other: number
}
export function noCounts(): Counts
export function countStatus<R extends Counts>(row: R, status: string): R
export function testedMutants(dir: string): Tested[]
