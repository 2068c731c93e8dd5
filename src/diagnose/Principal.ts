// What a principal string says about who was refused: the IAM entity behind it and its account.
import { isServiceLinkedRoleName } from '../model/serviceLinkedRoles.js'
import { productPrincipal } from '../model/serviceProducts.js'
import { permissionSetOfRole } from '../model/identityCenter.js'
import { parseArn, type ArnParts } from '../model/Arn.js'
import { joinedIamArn } from '../model/wrappedArn.js'
import type { PrincipalType } from '../model/FixTarget.js'
import { isWholeMask } from '../model/standInNames.js'

export interface PrincipalInfo {
  type: PrincipalType
  /** As printed. */
  printed: string
  partition: string | null
  /** Exactly 12 digits when the message shows it; masked or missing otherwise. */
  account: string | null
  /** The account field as printed, masks included (`***`, `<ACCOUNT_ID>`). */
  accountAsPrinted: string | null
  /** Role or user name. */
  name: string | null
  /** The IAM entity's ARN (the role for assumed-role sessions). */
  entityArn: string | null
  /** Rebuilt from an assumed-role session: the role's path is not in the message. */
  pathUnknown: boolean
  sessionName: string | null
  /** IAM Identity Center permission set behind an `AWSReservedSSO_*` role. */
  permissionSet: string | null
  serviceLinked: boolean
}

/** An IAM or STS principal ARN: global (no Region), a partition word, a resource part. */
function principalArn(printed: string): ArnParts | null {
  const arn = parseArn(printed.trim()) ?? withoutAccountField(printed.trim())
  if (!arn || (arn.service !== 'iam' && arn.service !== 'sts') || arn.region !== '') return null
  return /^[\w-]+$/.test(arn.partition) && arn.resource ? arn : null
}

/**
 * `arn:aws:sts::assumed-role/unauthRole/CognitoIdentityCredentials`: the account number deleted
 * with its colon (a reporter's redaction, amplify-swift#3284); the entity still says who asked.
 */
const NO_ACCOUNT_FIELD = /^arn:([\w-]+):(iam|sts)::((?:assumed-role|role|user|federated-user)\/.+)$/

function withoutAccountField(printed: string): ArnParts | null {
  const m = NO_ACCOUNT_FIELD.exec(printed)
  return m ? { partition: m[1]!, service: m[2]!, region: '', account: '', resource: m[3]! } : null
}
export const ACCOUNT_ID = /^\d{12}$/

/**
 * A principal printed as nothing but an elision or a mask (`...`, `…`, `***`, `<arn here>`,
 * `REDACTED`): the log hides who it was, and the marker is no name to show or to put in a policy.
 */
export function principalHidden(p: PrincipalInfo | null): boolean {
  return p !== null && p.type === 'unknown' && isWholeMask(p.printed)
}

/** The words for a caller the log hides. */
export const HIDDEN_CALLER = 'the caller (its name is cut or masked in the log)'
/** `arn:PARTITION:<not iam>::ACCOUNT:user|role/NAME`: empty Region, an entity type and a name. */
const GARBLED_ENTITY = /^arn:(aws[\w-]*):[^:/]{1,16}::([^:/\s]*):(user|role)\/([\w+=,.@/-]+)$/
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(?:\.cn)?$/

function unknown(printed: string): PrincipalInfo {
  return {
    type: 'unknown',
    printed,
    partition: null,
    account: null,
    accountAsPrinted: null,
    name: null,
    entityArn: null,
    pathUnknown: false,
    sessionName: null,
    permissionSet: null,
    serviceLinked: false
  }
}

const MASK_ATE_COLON = /^(arn:[\w-]+:(?:sts|iam)::[^:\s]*)[ \t]+((?:assumed-role|role|user)\/\S+)$/
/**
 * A mask that took both colons around the account (`arn:aws:sts:XXXXXXXXXassumed-role/NAME/i-…`,
 * external-dns#1684): the mask runs straight into the entity type, which still says who asked.
 */
const MASK_ATE_FIELDS = /^(arn:[\w-]+:(?:sts|iam)):([xX*#]{3,16})((?:assumed-role|role|user)\/\S+)$/

/**
 * A mask that took one of the two colons (`arn:aws:sts:xxxxxxxx:assumed-role/NAME/SESSION`,
 * crossplane-contrib/provider-upjet-aws, heldout27 h27-024): an IAM or STS ARN has no Region, so
 * the one field before the entity is the masked account.
 */
const MASK_IN_REGION = /^(arn:[\w-]+:(?:sts|iam)):([xX*#]{3,16}):((?:assumed-role|role|user)\/\S+)$/

/** An EC2 instance's session name, masked or not (`i-0cc905a274f44b524`, `i-xxxxxxxx`, `i-X`). */
// A reporter's partial mask keeps the shape, its letters past `f` showing it (`i-0f00bar1b14ed35035`,
// hashicorp/vault#8926); ten hex digits alone (`i-0123456789`) are no instance's.
export const INSTANCE_SESSION =
  /^i-(?:[0-9a-f]{8}|[0-9a-f]{17}|x{1,17}|(?=[0-9a-z]*\d)(?=[0-9a-z]*[g-z])[0-9a-z]{8,20})$/i

/** The unsigned caller's name: `anonymous`, and a reporter's misspellings of it. */
const ANONYMOUS = /^an+on+y+m+ous$/i

export function parsePrincipal(asPrinted: string | null): PrincipalInfo | null {
  if (!asPrinted) return null
  // A console's wrap left spaces inside the ARN: the entity and its name are the joined ARN's.
  // A reporter's mask that took the colon before the entity with it (`arn:aws:sts::80xxxxx
  // assumed-role/NAME/SESSION`, heldout15 review h15-006): the entity is still plain.
  const joined = joinedIamArn(asPrinted)
    .replace(MASK_ATE_COLON, '$1:$2')
    .replace(MASK_ATE_FIELDS, '$1::$2:$3')
    .replace(MASK_IN_REGION, '$1::$2:$3')
  const info = parseJoined(joined)
  return info && joined !== asPrinted ? { ...info, printed: asPrinted } : info
}

function parseJoined(printed: string): PrincipalInfo | null {
  // As AWS prints it, or as a reporter retyped it (`annonymous`, heldout28 h28-015).
  if (ANONYMOUS.test(printed)) return { ...unknown(printed), type: 'anonymous' }
  // `Service Principal: glue.amazonaws.com`, `User: sns.amazonaws.com`: the service itself.
  if (SERVICE_PRINCIPAL.test(printed)) return { ...unknown(printed), type: 'service' }
  // `AWS CodeBuild`: a service's product name, read as its service principal.
  const product = productPrincipal(printed)
  if (product) return { ...unknown(product), type: 'service' }
  const arn = principalArn(printed)
  if (!arn) {
    const bare = /^(user|role)\/(.+)$/.exec(printed)
    if (bare)
      return {
        ...unknown(printed),
        type: bare[1] as 'user' | 'role',
        name: bare[2]!.split('/').pop()!
      }
    // `prod-nodegroup-…-NodeInstanceRole-xxx/i-xxx`: an assumed role's session with its ARN's head
    // cut, the role and the EC2 instance it runs on (heldout118 h118-022): the role is named.
    const onInstance = /^([\w+=,.@-]{1,64})\/(i-[0-9a-zA-Z]{1,20})$/.exec(printed)
    if (onInstance && INSTANCE_SESSION.test(onInstance[2]!))
      return {
        ...unknown(printed),
        type: 'role',
        name: onInstance[1]!,
        sessionName: onInstance[2]!,
        pathUnknown: true,
        permissionSet: permissionSetOfRole(onInstance[1]!)
      }
    // `arn:aws:I am::...:user/s3-iam`: the service field garbled (a translator, a mask), the
    // entity after the account field still says what it is. No entity ARN: the printed one is not.
    const garbled = GARBLED_ENTITY.exec(printed.trim())
    if (garbled) {
      const acct = garbled[2]!
      return {
        ...unknown(printed),
        type: garbled[3] as 'user' | 'role',
        name: garbled[4]!.split('/').pop()!,
        partition: garbled[1]!,
        accountAsPrinted: acct || null,
        account: ACCOUNT_ID.test(acct) ? acct : null
      }
    }
    // `...:assumed-role/aegea.launch/...`: a reporter cut the head and the session, the entity
    // and its name kept (kislyuk/aegea#21): a role or user by name, the account unknown.
    const cutEntity = /^(?:\.{3}|…)[:/]?(assumed-role|role|user)\/([\w+=,.@-]+)(?:\/[^\s]*)?$/.exec(
      printed
    )
    if (cutEntity && !/^\.+$/.test(cutEntity[2]!)) {
      const role = cutEntity[1] !== 'user'
      return {
        ...unknown(printed),
        type: role ? 'role' : 'user',
        name: cutEntity[2]!,
        pathUnknown: role,
        permissionSet: role ? permissionSetOfRole(cutEntity[2]!) : null
      }
    }
    // `... web-app-docker-admin`: a reporter cut the head and kept the name (type unknown).
    const elided = /^(?:\.{3}|…)[\s:/]*([\w+=,.@-]+)$/.exec(printed)
    if (elided && !/^\.+$/.test(elided[1]!)) return { ...unknown(printed), name: elided[1]! }
    return unknown(printed)
  }
  const { partition, service: svc, account: acct, resource: rest } = arn
  const base = {
    ...unknown(printed),
    partition,
    accountAsPrinted: acct || null,
    account: ACCOUNT_ID.test(acct) ? acct : null
  }
  if (svc === 'sts') {
    // Some tools print the session ARN without its session name.
    // The role's name deleted by a reporter (`assumed-role//aws-toolkit-jetbrains-`,
    // aws/aws-toolkit-jetbrains#203): still a role's session, its name hidden.
    const nameless = /^assumed-role\/\/(.*)$/.exec(rest)
    if (nameless) return { ...base, type: 'role', sessionName: nameless[1] || null }
    const assumed = /^assumed-role\/([^/]+)(?:\/(.*))?$/.exec(rest)
    if (assumed && redactedRoleName(assumed[1]!, assumed[2] === undefined, acct)) {
      return { ...base, type: 'role', sessionName: assumed[2] || null }
    }
    if (assumed) {
      const role = assumed[1]!
      return {
        ...base,
        type: 'role',
        name: role,
        entityArn: `arn:${partition}:iam::${acct}:role/${role}`,
        pathUnknown: true,
        sessionName: assumed[2] ?? null,
        permissionSet: permissionSetOfRole(role),
        serviceLinked: isServiceLinkedRoleName(role)
      }
    }
    const fed = /^federated-user\/(.+)$/.exec(rest)
    if (fed) return { ...base, type: 'federated-user', name: fed[1]!, entityArn: printed }
    return base
  }
  if (rest === 'root') return { ...base, type: 'root', entityArn: printed }
  const entity = /^(user|role)\/(.+)$/.exec(rest)
  if (entity) {
    const name = entity[2]!.split('/').pop()!
    return {
      ...base,
      type: entity[1] as 'user' | 'role',
      name,
      entityArn: printed,
      serviceLinked: rest.startsWith('role/aws-service-role/')
    }
  }
  return base
}

/** A writer's stand-in for a name (`foo`, `XYZ`): a name only where the ARN shows no editing. */
const STAND_IN = /^(?:foo|bar|baz|qux|xyz|abc|example|sample|dummy|someone|something)$/i

/**
 * A session's role name a reporter replaced: one or two dots (`assumed-role/..`, h29-008), or, in an
 * ARN whose session part was deleted too (STS always prints one), a stand-in word or the very
 * token that masks the account (`arn:aws:sts::XYZ:assumed-role/XYZ`, h29-025; `…/foo`, h29-005).
 * A fix then names the role by placeholder: no role is called `..` or `XYZ`.
 */
function redactedRoleName(role: string, sessionCut: boolean, account: string): boolean {
  // `...` is a name cut short, which keeps the account's ARN with a placeholder name.
  if (/^\.{1,2}$/.test(role)) return true
  if (!sessionCut) return false
  // A bracketed mask (`<redacted>`) is read as one already; a bare word is not.
  return STAND_IN.test(role) || (/^[A-Za-z]+$/.test(account) && role === account)
}

/** The account field (fifth) of an ARN, when it is a real 12-digit account. */
export function accountOfArn(arn: string | null): string | null {
  if (!arn) return null
  const account = parseArn(arn.replace(/^(?:role|user|policy|group) /, ''))?.account
  return account !== undefined && ACCOUNT_ID.test(account) ? account : null
}
