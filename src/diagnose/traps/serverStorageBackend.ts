// A server relayed its S3 storage backend's refusal (src/infer/storageServer.ts): S3 refused the
// server's own credentials, so the client that called the server (a CI job pushing a chart) has
// nothing to change. Its makers' documented S3 set, on the bucket and its objects, is the fix.
import { storageServer } from '../../model/storageServers.js'
import type { Trap } from '../Trap.js'

const list = (actions: readonly string[]) => actions.map((a) => `\`${a}\``).join(', ')

/** The server's words naming the refused call (src/infer/storageServer.ts), as said. */
function said(action: { value: string; from: string } | undefined): string | null {
  const words = /own words for the refused call \((`[^`]+`)\)/.exec(action?.from ?? '')?.[1]
  return words
    ? `its own words (${words}) name the refused call, \`${action!.value}\`, and its other calls need the rest`
    : null
}

export const serverStorageBackend: Trap = {
  id: 'server-storage-backend',
  lead: true,
  applies: ({ d, inferred }) =>
    d.deny !== 'explicit' && storageServer(inferred?.storageServer?.value ?? '') !== undefined,
  advice: ({ inferred }) => {
    const s = storageServer(inferred!.storageServer!.value)!
    return (
      `The refusal came back from ${s.name}'s S3 storage backend (${inferred!.storageServer!.from}, and S3's own marks on the answer): S3 refused the server's own credentials, not the client that called the server. ` +
      `Those are its IRSA role (the service account's eks.amazonaws.com/role-arn), the node's instance profile, or the keys in its storage configuration; give that identity the documented set: ${list(s.bucketActions)} on the bucket and ${list(s.objectActions)} on its objects (${said(inferred?.action) ?? 'the log does not say which of its calls failed'}, so the set is drafted whole). ` +
      `Documented set: ${s.doc}`
    )
  }
}
