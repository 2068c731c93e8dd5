// Who, what and where for a denial whose message leaves them out, from what the log printed
// around it. Pure; runs once per finding (not per occurrence). Every value says where it came
// from; a value the log does not support is left out rather than guessed.
import { joinedAction } from '../model/wrappedArn.js'
import { actionForOperation } from '../catalog/Catalog.js'
import type { Denial } from '../model/Denial.js'
import type { Inferred, InferredValue, LogContext, UrlSpread } from '../model/Inferred.js'
import { cdkBootstrapResourceOf } from './cdkBootstrapResource.js'
import { regionTwinOf } from './regionTwin.js'
import { cdkRoleNotAssumedOf, cdkTargetRoleOf } from './cdkRoleNotAssumed.js'
import { companionsOf, isAthenaQuery } from './companions.js'
import { contextAction } from './contextActions.js'
import { announcedAction } from './announcedCall.js'
import { delegatedDenialOf } from './delegatedDenial.js'
import { githubEnvironmentOf, githubSubjectOf } from './githubSubject.js'
import { sseKmsOf, sseSentOf } from './sseKms.js'
import { s3WrapperOf, s3WrapperValue } from './s3Wrappers.js'
import { storageServerOf } from './storageServer.js'
import { isObjectAction, s3Arn } from './s3Arn.js'
import {
  s3CopyCompanions,
  s3CopyDestination,
  s3CopyDestinationNeed,
  s3CopyLabelledOf,
  s3CopyPairOf,
  s3CopySource,
  s3CopyValue
} from './s3Copy.js'
import { lakeFormationOf } from './lakeFormation.js'
import { codebuildSourceOf } from './codebuildSource.js'
import { kubernetesIntegrationOf } from './kubernetesIntegration.js'
import { iacResourceOf } from './iacResource.js'
import { toolListingOf } from './toolListing.js'
import { stateBackendOf } from './stateBackend.js'
import { accountBlockOf } from './accountBlock.js'
import { capabilitiesOf } from './capabilities.js'
import { intendedCodeMismatchOf, intendedDenialOf } from './intendedDenial.js'
import { webIdentityRefusalOf } from './webIdentityRefusal.js'
import { repositoryReachedOf } from './repositoryReached.js'
import { ecrPushOf } from './ecrPush.js'
import { guardrailSignalOf } from './guardrailSignal.js'
import { runtimeOf } from './runtimeRole.js'
import { statedCauseOf } from './statedCause.js'
import { allowShownOf } from './allowShown.js'
import { joinedContext } from './joinedContext.js'
import { signalsOf } from './contextSignals.js'
import { anonymousPrincipal, unsignedHttpClientOf, unsignedRequestOf } from './unsignedRequest.js'
import { FOUND_NONE } from '../model/unsignedFallback.js'
import { s3ErrorPageOf } from './s3ErrorPage.js'
import { readProbeOf } from './readProbe.js'
import { writeOnlyOf } from './writeOnlyAccess.js'
import { thirdPartyDownloadOf } from './thirdPartyDownload.js'
import { publishedSampleOf } from './publishedSample.js'
import type { InferInput } from './InferInput.js'
import { inferPrincipal } from './principalRules.js'
import { lambdaRuntimeServiceOf } from './lambdaRuntime.js'
import { s3ErrorBodyServiceOf } from './s3ErrorBody.js'
import { RESOURCE_RULES } from './resourceRules.js'
import { inPartition, namedPartition } from './regionPartition.js'
import { serviceOfCode, serviceOfGrammar } from '../model/codeService.js'
import { operationService } from './serviceEvidence.js'
import { namedTypesOf, passedRoleOf } from './namedTypes.js'
import { namedSlotsOf } from './namedSlots.js'
import { directGrantOf, passedToServiceOf } from './grantContext.js'
import { createActionOf } from './createAction.js'
import { identityPoolOf } from './identityPool.js'
import { sfnManagedRuleOf } from './sfnManagedRule.js'

/**
 * A shell variable as a script writes it, unexpanded: `$releaseID`, `${BUCKET}`; never a policy
 * variable (`${aws:username}`).
 */
const SHELL_VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]{0,63})\}|([A-Za-z_][A-Za-z0-9_]{0,63}))/g

/** A value a log's masking left (`xxxxx`, `***`, `<BUCKET>`, `REDACTED`): never a real name. */
const MASKED = /(?:^|[:/])(?:x{3,}|X{3,}|\*{2,}|<[^>]*>|\.{3,}|redacted)(?=$|[:/])/i

/** The calls of a bucket-to-bucket copy: the write (CopyObject) and the source reads around it. */
const COPY_CALLS = /^(?:CopyObject|UploadPartCopy|GetObjectTagging|HeadObject|GetObject)$/
const COPY_WRITES = /^(?:CopyObject|UploadPartCopy)$/

const EMPTY_CONTEXT: LogContext = {
  line: '',
  before: '',
  after: '',
  command: null,
  roleToAssume: null,
  callerArn: null
}

/** The web-identity exchange: the role in `role-to-assume` is what was refused, not who asked. */
function isWebIdentity(d: Denial): boolean {
  return (
    /assumerolewithwebidentity/i.test(`${d.action ?? ''} ${d.operation ?? ''}`) ||
    /oidc|web-identity/i.test(d.grammar)
  )
}

/** A virtual-hosted S3 host, with or without its scheme (`uploads.s3.amazonaws.com`). */
const S3_HOST =
  /(?:^|[\s"'`(=/])([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?\b/

/** excon's request dump (fog, GitLab's object storage): `:host => "bucket.s3.amazonaws.com"`. */
const EXCON_HOST = /:host\s{0,40}(?:=>|=\\u003e)\s{0,4}\\?"/

/**
 * The bucket of an AllAccessDisabled (or InvalidPayer) refusal, from its request's host; of any
 * bare S3 refusal when excon's dump names its own request's host (heldout18 review h18-118).
 */
function disabledBucketOf(d: Denial, ctx: LogContext): InferredValue | null {
  const text = `${ctx.line}\n${ctx.after}\n${ctx.before}`
  if (!/^(?:AllAccessDisabled|InvalidPayer)$/.test(d.code ?? '') && !EXCON_HOST.test(text)) {
    return null
  }
  const m = S3_HOST.exec(text)
  if (!m || /^s3[.-]/.test(m[1]!)) return null
  return {
    value: `arn:aws:s3:::${m[1]}`,
    from: `the request's host \`${m[0].trim().replace(/^["'`(=/]/, '')}\``
  }
}

/**
 * A statement's field lines kept from above the context, as one object for allowShownOf: only one
 * statement's (one Effect), so fields of two statements are never read as one.
 */
function shownStatement(fields: string | null | undefined): string {
  return fields && fields.match(/"Effect"/g)?.length === 1 ? `{\n${fields}\n}` : ''
}

export function inferredOf(
  d: Denial,
  context: LogContext | undefined,
  spread: UrlSpread | null = null
): Inferred {
  const out: Inferred = {}
  const ctx = context ?? EMPTY_CONTEXT
  const bare = !d.action && d.operation && (d.kind === 'denial' || d.kind === 'encoded')
  const printedService = d.service ?? serviceOfCode(d.code)
  let operationAction = bare ? actionForOperation(printedService, d.operation!) : null
  if (operationAction) out.action = { value: operationAction, from: `operation ${d.operation}` }
  // An operation several services have (PutObject, CreateBucket): the log's words pick one.
  const picked =
    bare && !operationAction && !printedService ? operationService(ctx, d.operation!) : null
  operationAction = picked ? actionForOperation(picked.service, d.operation!) : operationAction
  if (picked && operationAction) {
    out.action = { value: operationAction, from: `operation ${d.operation} (${picked.from})` }
  }
  // A bare S3 refusal whose tool names the call (Copilot's upload, S3A's getFileStatus). An
  // operation the message printed (Velero's `operation error S3: PutObject`) names the call itself.
  // A printed action with no resource (`on resource: )`) only for rows that read such refusals.
  const wrapped =
    (!d.action || !d.resource) && d.kind === 'denial' && (d.service === null || d.service === 's3')
      ? s3WrapperOf(ctx, Boolean(d.action))
      : null
  if (wrapped) out.s3Wrapper = s3WrapperValue(wrapped)
  if (wrapped && !operationAction && !d.action) {
    out.action = { value: wrapped.action, from: wrapped.wrapper.from }
  }
  // A call the tool announced above the refusal (the EB CLI's debug label) names its operation.
  const announced =
    !d.action && !d.operation && !operationAction && !wrapped && d.kind === 'denial'
      ? announcedAction(ctx, d.service ?? serviceOfCode(d.code))
      : null
  if (announced) out.action = announced
  const said =
    !d.action &&
    !operationAction &&
    !wrapped &&
    !announced &&
    (d.kind === 'denial' || d.kind === 'encoded')
      ? contextAction(
          ctx,
          d.service ?? serviceOfCode(d.code),
          d.kind === 'encoded' || Boolean(d.detail.encodedTruncated),
          serviceOfGrammar(d.grammar)
        )
      : null
  if (said) out.action = { value: said.value, from: said.from }
  // KMS's ciphertext sentence is Decrypt's answer (and ReEncrypt's): a tool's own words for the
  // step (`unable to get key`, tarmak's vault-unsealer, jetstack/tarmak#357) name no other KMS
  // call. Through another service (S3, DynamoDB) the operation or the words name that call.
  const decrypt =
    d.grammar === 'kms-ciphertext' &&
    !d.action &&
    !d.operation &&
    !operationAction &&
    !wrapped &&
    !announced &&
    (said === null || said.value.toLowerCase().startsWith('kms:'))
  if (decrypt)
    out.action = { value: 'kms:Decrypt', from: "KMS's ciphertext sentence, Decrypt's answer" }
  // A copy the tool printed label by label (LambStatus): a bare refusal there is the copy's. Which
  // side refused is not shown: the source read is drafted, the destination's write beside it.
  const labelled =
    d.kind === 'denial' &&
    !d.action &&
    !d.operation &&
    !operationAction &&
    !wrapped &&
    !announced &&
    !said &&
    (d.service === null || d.service === 's3')
      ? s3CopyLabelledOf(ctx)
      : null
  if (labelled) out.action = { value: 's3:GetObject', from: labelled.from }
  // A listing of every resource of a kind names none: AWS checks the call against "*".
  if (said?.listing) out.listing = { value: said.value, from: said.from }
  const toolListing = said ? null : toolListingOf({ d, action: d.action, ctx, spread: null })
  if (toolListing) out.listing = toolListing
  // Writes work, reads or listings refused with the same credentials: a write-only policy (h12-096).
  const writeOnly = writeOnlyOf(d, ctx)
  if (writeOnly) out.writeOnly = writeOnly.value
  const writeOnlyAction =
    writeOnly && !d.action && !operationAction && !wrapped && !announced && !said && !labelled
      ? writeOnly.action
      : null
  if (writeOnlyAction) out.action = { value: writeOnlyAction, from: writeOnly!.value.from }
  // Lambda relaying another service's refusal: the inner call is what the caller lacks, not the
  // outer Lambda operation.
  const relayed = !d.action && d.kind === 'denial' ? delegatedDenialOf(ctx) : null
  if (relayed) {
    out.action = relayed.action
    out.relayedBy = relayed.by
    if (relayed.codeSource) out.codeSource = relayed.codeSource
  }
  // A server relaying its storage backend's refusal: the server's credentials need its S3 set.
  const server = relayed ? null : storageServerOf(d, ctx)
  if (server) {
    out.action = server.action
    out.storageServer = server.server
    if (server.resource && !d.resource) out.resource = server.resource
  }
  // Step Functions' managed rule: the state machine's role manages an EventBridge rule.
  const managed = sfnManagedRuleOf(d, ctx)
  if (managed) {
    out.action = managed.action
    out.resource = managed.resource
  }
  const runtimeService = lambdaRuntimeServiceOf(d, ctx) ?? s3ErrorBodyServiceOf(d, ctx)
  if (runtimeService) out.service = runtimeService
  const x: InferInput = {
    d,
    action:
      (d.action && joinedAction(d.action)) ??
      managed?.action.value ??
      relayed?.action.value ??
      server?.action.value ??
      operationAction ??
      wrapped?.action ??
      announced?.value ??
      (decrypt ? 'kms:Decrypt' : null) ??
      said?.value ??
      (labelled ? 's3:GetObject' : null) ??
      writeOnlyAction,
    ctx,
    spread
  }
  const iac = iacResourceOf(ctx)
  if (iac) out.iacResource = iac
  const backend = stateBackendOf(ctx)
  if (backend) out.stateBackend = backend
  const guard = d.kind === 'denial' ? guardrailSignalOf(ctx) : null
  if (guard) out.guardrail = guard
  const block = d.kind === 'denial' ? accountBlockOf(ctx) : null
  if (block) out.accountBlock = block
  const stated = statedCauseOf(d, ctx)
  if (stated) out.statedCause = stated
  const signals = signalsOf(d, ctx)
  if (signals) out.signals = signals
  // A request sent over plain HTTP under an explicit Deny: TLS is the guard, whatever other
  // words around name (h31-021); diagnosis and remedy read it from here alike.
  const plainHttp = signals?.['plain-http-endpoint']
  if (plainHttp) out.guardrail = { value: 'plain-http', from: plainHttp.from }
  // Only S3 (or an unnamed service) answers an artifact download with AccessDenied/403.
  const download =
    d.kind === 'denial' && (d.service === null || d.service === 's3') && !d.principal
      ? thirdPartyDownloadOf(ctx)
      : null
  if (download) out.thirdPartyDownload = download
  // Only for CloudFormation's refused template read: the owner-side trap is its one reader.
  const sample =
    out.s3Wrapper?.value === 'cloudformation-template-url' ? publishedSampleOf(ctx) : null
  if (sample) out.publishedSample = sample
  // The warning's own finding names the role already (detail.role).
  const cdkRole =
    d.kind === 'denial' && d.grammar !== 'cdk-could-not-assume' ? cdkRoleNotAssumedOf(ctx) : null
  if (cdkRole) out.cdkRoleNotAssumed = cdkRole
  const target = d.kind === 'denial' && !d.resource ? cdkTargetRoleOf(ctx) : null
  if (target) out.cdkTargetRole = target
  const bootstrap = cdkBootstrapResourceOf(d, ctx)
  if (bootstrap) out.cdkBootstrapResource = bootstrap
  const twin = regionTwinOf(d, ctx)
  if (twin) out.regionTwin = twin
  // Denials and encoded denials alike: a credentials failure is never a test's intended refusal.
  const intended = d.kind === 'denial' || d.kind === 'encoded' ? intendedDenialOf(ctx) : null
  if (intended) out.intended = intended
  const mismatch = intended ? intendedCodeMismatchOf(ctx) : null
  if (mismatch) out.intendedCodeMismatch = mismatch
  const sseSent = sseSentOf(d, ctx)
  if (sseSent) out.sseSent = sseSent
  const webIdentity = webIdentityRefusalOf(d, ctx)
  if (webIdentity) out.webIdentityRefusal = webIdentity
  const reached = d.kind === 'denial' && d.service === 'ecr' ? repositoryReachedOf(ctx) : null
  if (reached) out.repositoryReached = reached
  const push = d.kind === 'denial' && d.service === 'ecr' ? ecrPushOf(ctx) : null
  if (push) out.ecrPush = push
  // Only read for CloudFormation refusals: the transform trap is its one reader.
  const caps = d.kind === 'denial' && d.service === 'cloudformation' ? capabilitiesOf(ctx) : null
  if (caps) out.capabilities = caps
  const kms = sseKmsOf(d, ctx)
  if (kms) out.sseKms = kms
  const lf = d.kind === 'denial' ? lakeFormationOf(ctx) : null
  if (lf) out.lakeFormation = lf
  const source = d.kind === 'denial' ? codebuildSourceOf(ctx) : null
  if (source) out.codebuildSource = source
  const integration = kubernetesIntegrationOf(d, ctx)
  if (integration) out.kubernetesIntegration = integration
  // Only "no credentials at all": an expired or invalid key is the caller's, wherever it runs.
  const runtime = d.kind === 'credentials' && d.detail.cause === 'missing' ? runtimeOf(ctx) : null
  if (runtime) out.runtime = runtime
  if (isWebIdentity(d)) {
    const subject = githubSubjectOf(ctx)
    if (subject) out.githubSubject = subject
    const environment = githubEnvironmentOf(ctx)
    if (environment) out.githubEnvironment = environment
    if (!d.resource && ctx.roleToAssume) {
      out.resource = { value: ctx.roleToAssume, from: 'role-to-assume in the log' }
    }
    return out
  }
  // S3's own "Anonymous users cannot …" (a credentials finding): the switch that sent the request
  // unsigned, when the command shows one, is its cause (heldout137 review, h137-014).
  if (d.kind === 'credentials' && d.detail.cause === 'anonymous') {
    const unsigned = unsignedRequestOf(ctx)
    if (unsigned && unsigned.from !== FOUND_NONE) out.principal = anonymousPrincipal(unsigned)
    return out
  }
  if (d.kind !== 'denial' && d.kind !== 'encoded' && d.kind !== 'not-found') return out
  if (!d.resource && relayed?.resource) out.resource = relayed.resource
  // A bucket-to-bucket copy: the refused write is the destination's; the source is read too.
  const copy =
    d.kind === 'denial' && !d.action && COPY_CALLS.test(d.operation ?? '')
      ? s3CopyPairOf(ctx)
      : labelled
  if (copy) out.s3Copy = s3CopyValue(copy)
  const writes = copy && COPY_WRITES.test(d.operation ?? '')
  // A refused read (GetObject, HeadObject, GetObjectTagging) is the source's, never the
  // destination's (heldout8 h8-082): its statement goes on the source objects.
  const copyArn = copy
    ? writes
      ? s3CopyDestination(copy)
      : s3CopySource(copy, x.action ?? 's3:GetObject', ctx)
    : null
  if (!d.resource && !out.resource && copyArn) {
    out.resource = { value: copyArn, from: `${copy!.from} (${writes ? 'destination' : 'source'})` }
  }
  const wrappedArn =
    wrapped?.bucket && !MASKED.test(wrapped.bucket)
      ? s3Arn(x.action ?? wrapped.action, `${wrapped.bucket}/${wrapped.key ?? ''}`)
      : null
  // No bucket printed, but the row knows the objects' shape (Thanos' blocks: all of them): the
  // bucket stays a placeholder and the key the row's, rather than one placeholder object.
  const wrappedObjects =
    !wrappedArn &&
    wrapped?.wrapper.keyWithoutBucket &&
    !wrapped.bucket &&
    wrapped.key &&
    isObjectAction(x.action ?? wrapped.action)
      ? `arn:aws:s3:::<BUCKET_NAME>/${wrapped.key}`
      : null
  if (!d.resource && !out.resource && (wrappedArn ?? wrappedObjects)) {
    out.resource = { value: (wrappedArn ?? wrappedObjects)!, from: wrapped!.wrapper.from }
  }
  // A disabled bucket's refusal names no action: the request's host (fog/Excon's `:host =>
  // "uploads.s3.amazonaws.com"`) names the bucket all the same (heldout15 review h15-105).
  const disabledBucket = !d.resource && !out.resource ? disabledBucketOf(d, ctx) : null
  if (disabledBucket) out.resource = disabledBucket
  if (!d.resource && !out.resource) {
    for (const rule of RESOURCE_RULES) {
      const value = rule.find(x)
      if (!value || (MASKED.test(value) && !rule.keepsMask)) continue
      out.resource = { value, from: typeof rule.from === 'string' ? rule.from : rule.from(x) }
      break
    }
  }
  // A script's unexpanded shell variable (`s3://bucket/$releaseID`) in an inferred resource is no
  // name to grant: it becomes a placeholder of its own name (unseen-logs check u32-009).
  const read = out.resource?.value
  const unexpanded = read?.replace(
    SHELL_VARIABLE,
    (_m, braced: string | undefined, bare: string | undefined) => `<${braced ?? bare}>`
  )
  if (read && unexpanded !== read) {
    out.resource = {
      value: unexpanded!,
      from: `${out.resource!.from}; its shell variable as the script writes it`
    }
  }
  // An unsigned request has no principal but the anonymous one: no identity policy applies.
  const unsigned =
    d.kind === 'denial' && !d.principal && (d.service === null || d.service === 's3')
      ? (unsignedRequestOf(ctx) ??
        (d.grammar === 'http-403-storage-target' ? unsignedHttpClientOf(ctx) : null))
      : null
  // No switch, but S3's error document alone (a browser, a plain link): anonymous as well. A
  // download the log names says more (whose artifact, which URL) and is explained on its own.
  const page =
    d.kind === 'denial' &&
    !unsigned &&
    !out.thirdPartyDownload &&
    // Writes that work with the same credentials were signed: not a browser's anonymous read.
    !writeOnly &&
    !d.principal &&
    !d.action &&
    !d.operation &&
    (d.service === null || d.service === 's3')
      ? s3ErrorPageOf(ctx)
      : null
  // A read of a key that may not exist: the missing-key trap's listing comes first.
  const probe =
    d.kind === 'denial' && (d.service === null || d.service === 's3') && !d.action
      ? readProbeOf(ctx)
      : null
  if (probe && x.action === 's3:GetObject') out.readProbe = probe
  if (page) {
    out.s3ErrorPage = page
    out.principal = { value: 'anonymous', from: page.from }
  }
  if (unsigned) {
    out.principal = anonymousPrincipal(unsigned)
    if (!d.resource && !out.resource && unsigned.bucket && x.action === 's3:ListBucket') {
      out.resource = {
        value: `arn:aws:s3:::${unsigned.bucket}`,
        from: 'the s3:// URL of the unsigned aws command'
      }
    }
  }
  // The server's own credentials were refused, never the job's that called the server.
  if (!d.principal && !unsigned && !page && !server) {
    const who = inferPrincipal(x)
    if (who.principal && !MASKED.test(who.principal.value)) out.principal = who.principal
    if (who.roleSwitch) out.roleSwitch = who.roleSwitch
  }
  const named = namedTypesOf(x)
  if (named) out.namedTypes = named
  const slots = namedSlotsOf(x)
  if (slots) out.namedSlots = slots
  const passed = passedRoleOf(x)
  if (passed) out.passedRole = passed
  const action = x.action?.toLowerCase()
  // A stack refused a role's create passes the role on next (src/infer/cfnIamEntity.ts).
  const passedTo =
    action === 'iam:passrole' || action === 'iam:createrole' ? passedToServiceOf(ctx) : null
  if (passedTo) out.passedToService = passedTo
  const direct = action === 'kms:creategrant' ? directGrantOf(ctx) : null
  if (direct) out.directGrant = direct
  const create = action === 'ec2:createtags' ? createActionOf(ctx) : null
  if (create) out.createAction = create
  const pool = identityPoolOf(ctx, d.principal, out.action?.value ?? x.action)
  if (pool) out.identityPool = pool
  const wrappedBucket = wrappedArn?.replace(/\/.*$/, '') ?? null
  // The located key as an object ARN (a backup location's prefix), for the row's object companions.
  const wrappedPrefix =
    wrappedBucket && wrapped?.key ? s3Arn('s3:GetObject', `${wrapped.bucket}/${wrapped.key}`) : null
  const companions = [
    ...(managed?.companions ?? []),
    ...(relayed?.companions ?? []),
    ...(server?.companions ?? []),
    ...(wrapped?.wrapper.companions?.(wrapped.verb, wrappedBucket, wrappedPrefix) ?? []),
    ...(copy && writes ? s3CopyCompanions(copy) : []),
    ...(labelled
      ? [
          ...s3CopyCompanions(labelled).filter((c) => c.action !== 's3:GetObject'),
          ...s3CopyDestinationNeed(labelled)
        ]
      : []),
    ...(writeOnly?.companions.filter((c) => c.action !== x.action) ?? []),
    ...companionsOf(x, d.resource ?? out.resource?.value ?? null, out.statedCause?.value ?? null)
  ]
  // Drafted in the standard partition; the step's Region may name GovCloud's or China's (h28-035).
  const partition = namedPartition(ctx)
  if (companions.length > 0)
    out.companions = companions.map((c) =>
      c.resource ? { ...c, resource: inPartition(c.resource, partition) } : c
    )
  // Not said in words but shown: a statement printed beside the refusal that already allows it.
  const shown =
    !out.statedCause && d.kind === 'denial' && d.deny !== 'explicit' && x.action
      ? allowShownOf(
          `${shownStatement(ctx.printedStatement)}\n${joinedContext(ctx)}`,
          x.action,
          d.resource ?? out.resource?.value ?? null
        )
      : null
  if (shown) out.statedCause = shown
  // An Athena query's own S3 reads and writes: the explanation names both places (h12-105).
  if (isAthenaQuery(x)) {
    out.signals = {
      ...out.signals,
      'athena-query': {
        value: 'query',
        from: x.ctx.announced?.some((a) => a.service === 'athena')
          ? "an Athena client's frame above the refusal"
          : 'Athena named beside the refusal'
      }
    }
  }
  if (out.resource && !d.resource) {
    const value = inPartition(out.resource.value, partition)
    if (value !== out.resource.value)
      out.resource = {
        value,
        from: `${out.resource.from}, in the ${partition!.partition} partition ${partition!.where}`
      }
  }
  return out
}
