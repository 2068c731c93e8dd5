// The wrapped command's environment: a `run:` step's, not a node action's. The runner gives a node
// action variables that script steps never see (actions/runner NodeScriptActionHandler.cs): the
// runtime token and the cache, artifact and results endpoints it unlocks, the action's inputs
// (our github-token among them) and its saved state. A deploy's tools must not inherit them.
// ACTIONS_ID_TOKEN_REQUEST_* stay: script steps get those too (ScriptHandler.cs), for OIDC.

/** Exact names only node actions get. */
const NODE_ACTION_ONLY: ReadonlySet<string> = new Set([
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_MODE'
])

/** Prefixes only node actions get: inputs, and intra-action state for pre/post steps. */
const NODE_ACTION_PREFIXES = ['INPUT_', 'STATE_']

export function isNodeActionOnly(name: string): boolean {
  // Windows variable names are case-insensitive.
  const upper = name.toUpperCase()
  return NODE_ACTION_ONLY.has(upper) || NODE_ACTION_PREFIXES.some((p) => upper.startsWith(p))
}

export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !isNodeActionOnly(name)))
}
