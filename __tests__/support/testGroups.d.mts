// Types of testGroups.mjs (plain JavaScript: jest.config.js imports it too).
export declare const GROUPS: Record<string, string[]>
export declare const GROUP_FILE: string
export declare function membersOf(group: string, root?: string): string[]
export declare function groupsOn(env?: NodeJS.ProcessEnv, argv?: string[], root?: string): boolean
export declare function ignoredTestPaths(on?: boolean, root?: string): string[]
