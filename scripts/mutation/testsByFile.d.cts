// Types for the test of the selective mutation runner (__tests__/build/mutationRunner.test.ts).
declare const tests: {
  activeMutant(): string | undefined
  learn(testPath: string, names: string[], ms: number): void
  holdsSelectedTest(testPath: string, testNamePattern: string | undefined): boolean
  timeOf(testPath: string): number
  markKilled(): void
  isKilled(): boolean
}
export = tests
