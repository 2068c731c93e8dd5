export { locateRemedies, type LocateOptions } from './locateRemedies.js'
export type { RepoFile } from './RepoFile.js'
