// Which registry a container client's bare status answer came from. ECR answers a missing or
// stale token with `401` and the body `Not Authorized`, a refused push with a `403` and no body;
// Docker Hub, GHCR, Quay, Harbor and the rest answer the same statuses for their own reasons.

/**
 * A private ECR host, the account or Region possibly masked (`***.dkr.ecr.***.amazonaws.com`), the
 * `dkr` label too by a writer masking the whole account part (`xxxxxxxxxxxx.xxxxx.ecr.us-east-2…`,
 * caprover/caprover#1848), and a placeholder that took the dot before `dkr` with it
 * (`<account-id>dkr.ecr.<region>.amazonaws.com`, zapier/kubechecks#183).
 */
export const ECR_HOST =
  /(?:\.|(?<=[>\]}]))(?:dkr|[xX*#]{2,12})\.ecr\.(?:[\w*-]+|<[\w -]{1,30}>)\.amazonaws\.com/

/** The registry host docker names above a push's layers (`The push refers to repository [HOST/…]`). */
export const PUSH_TARGET_SOURCE = String.raw`\bThe push refers to (?:a )?repository \[([^\]\s/]+)\/`

/** Other registries, by host or by name. */
const OTHER_REGISTRY =
  /\b(?:docker\.io|ghcr\.io|quay\.io|gcr\.io|[\w-]+\.pkg\.dev|[\w-]+\.azurecr\.io|registry\.gitlab\.com|harbor|docker hub|dockerhub|nexus|artifactory|jfrog\.io)\b/i

/** A registry host in an image reference or URL (`host.tld/…`, `https://host:5000/v2/`). */
const HOST = /(?:^|[\s"'(=])(?:https?:\/\/)?((?:[\w*#<>-]+\.)+[a-z]{2,}(?::\d+)?)\//gi

/** The text of the line up to the match. */
function lineBefore(m: RegExpExecArray): string {
  return m.input.slice(m.input.lastIndexOf('\n', m.index) + 1, m.index)
}

/** The line names the registry it talked to, and that is not ECR. */
export function otherHostOnLine(m: RegExpExecArray): boolean {
  const hosts = [...lineBefore(m).matchAll(HOST)].map((h) => h[1]!)
  return hosts.length > 0 && !hosts.some((h) => ECR_HOST.test(h))
}

/** The record names a registry other than ECR. */
export function otherRegistryShown(text: string): boolean {
  return OTHER_REGISTRY.test(text)
}
