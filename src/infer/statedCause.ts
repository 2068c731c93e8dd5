// Words around a refusal that name its cause: an SCP the reporter or the policy simulator blames,
// an Allow already in place (AdministratorAccess attached), a comment or heading saying a permissions boundary
// blocks the calls, that the target account is hard-coded, that the access is cross-account, that
// the job lacks `id-token: write`, that Cloud9's managed temporary credentials were in use. An
// expert starts there (heldout4 review, part 1 class 4 and part 2 class 3), so the diagnosis does
// too (src/diagnose/traps). One rule per cause; the first that matches names it. Bounded
// quantifiers only: the text is untrusted.
import { credentialCause } from '../model/credentialCauses.js'
import type { Denial } from '../model/Denial.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

export type StatedCauseKind =
  | 'scp'
  | 'permissions-boundary'
  // The writer says the KMS key's own policy lacks the action.
  | 'key-policy-lacks'
  | 'hard-coded-account'
  | 'cross-account'
  | 'id-token-permission'
  | 'cloud9-managed-credentials'
  | 'iam-refuses-credential-type'
  | 'fork-pull-request'
  | 'pull-request-build'
  | 'web-identity-token-expired'
  | 'allow-exists'
  // The refused action itself (or a wildcard covering it) said to be allowed already.
  | 'allow-named'
  | 'eks-creator-identity'
  | 'ses-sandbox'
  | 'ses-recipient'
  | 's3-china-endpoint'

interface StatedCauseRule {
  kind: StatedCauseKind
  /** The refusals the words can explain. */
  applies(d: Denial): boolean
  re: RegExp
}

const denial = (d: Denial): boolean => d.kind === 'denial' && d.deny !== 'explicit'
const credentials = (d: Denial): boolean => d.kind === 'credentials'

const RULES: StatedCauseRule[] = [
  {
    // S3 China's `UnauthorizedAccess` (src/model/nonIamRefusals.ts): an AWS China endpoint in the
    // log, or S3's own error document (its base64 extended request ID, HostId) around the code,
    // which S3 outside China does not answer with, says the store is AWS's, not an S3-compatible
    // one that uses the same code (Backblaze B2, RustFS) (h11-165).
    kind: 's3-china-endpoint',
    applies: (d) => d.code === 'UnauthorizedAccess' && (d.service === null || d.service === 's3'),
    re: /\bs3[.-][a-z0-9.-]{0,40}\.amazonaws\.com\.cn\b|<Code>UnauthorizedAccess<\/Code>.{0,400}?<HostId>[A-Za-z0-9+/]{40,120}={0,2}<\/HostId>/i
  },
  {
    // The policy simulator or the reporter blames an organization's SCP: no Allow of the account's
    // own overrides it, so this comes before everything else the words may say.
    kind: 'scp',
    applies: (d) => d.kind === 'denial' && d.layer === null,
    re: /\b(?:denied|blocked|refused|restricted|prevented|caused|forbidden|disallowed) (?:by|in|from|because of|due to) (?:an? |the |our |its |some )?(?:AWS )?(?:Organi[sz]ations?'? )?(?:SCPs?|service control polic(?:y|ies))\b|\b(?:SCPs?|service control polic(?:y|ies))\b[^.]{0,60}?\b(?:block|den(?:y|ies|ied)|refus|restrict|prevent|forbid|doesn'?t allow|does not allow|not allow)\w{0,4}/i
  },
  {
    // The message itself names the boundary when it says "because no permissions boundary
    // allows": this is for the bare refusals whose comment or heading says so.
    kind: 'permissions-boundary',
    applies: (d) => denial(d) && d.layer === null,
    re: /\bpermissions?[ -]boundar(?:y|ies)\b[^\n.]{0,60}?\b(?:block|den(?:y|ies|ied)|refus|restrict|prevent|stop|forbid|doesn'?t allow|does not allow|not allow)\w{0,4}|\b(?:blocked|denied|restricted|refused|stopped) by (?:the |a |our |its )?permissions?[ -]boundary\b/i
  },
  {
    // "the key policy on `arn:…:key/…` does not allow `kms:UntagResource`" (aws/copilot-cli#1199):
    // a key policy is always read, and the writer read this one (heldout86 review, h86-013).
    kind: 'key-policy-lacks',
    applies: (d) => denial(d) && (d.service === 'kms' || /^kms:/i.test(d.action ?? '')),
    re: /\bkey[ -]polic(?:y|ies)\b[^.\n]{0,120}?\b(?:does not|doesn'?t|did not|didn'?t|do not|don'?t|never)\s(?:allow|grant|include|permit|contain|list|have)\b|\bkey[ -]polic(?:y|ies)\b[^.\n]{0,60}?\b(?:is |was |are )?(?:missing|lacks|lacking|without)\b|\b(?:missing|absent|(?:is|are|was|were)(?: not|n'?t)(?: listed| included| present)?) (?:from|in) (?:the|its|our|this|that) (?:KMS )?key[ -]policy\b/i
  },
  {
    kind: 'hard-coded-account',
    applies: denial,
    re: /\bhard[- ]?coded (?:AWS )?account(?: ID| number)?\b|\baccount (?:ID|number) (?:is |was )?hard[- ]?coded\b|\b(?:wrong|old|another|different) (?:AWS )?account(?: ID)? (?:in|hard[- ]?coded in) the (?:registry|repository|image|ECR) (?:URI|URL|address|name)\b/i
  },
  {
    kind: 'cross-account',
    applies: (d) => denial(d) && d.layer === null,
    re: /\bcross[- ]account\b/i
  },
  {
    // A run for a pull request from a fork gets no secrets and an ID token of at most read
    // permission: no credentials, whichever way the job asks. First: it also explains a missing
    // id-token permission the job did ask for.
    kind: 'fork-pull-request',
    applies: credentials,
    re: /\b(?:pull[ _-]?requests?|PRs?)\b[^\n]{0,60}?\b(?:from|originat\w{0,5} from|opened from) (?:a |the |their |an? external )?fork(?:ed)?\b|\bforked (?:repo(?:sitory|sitories)?|pull[ _-]?requests?|PRs?)\b|\bforks? (?:are|is) (?:restricted|limited)\b|\b(?:triggered|opened|run) (?:by|from) a fork\b/i
  },
  {
    // The same job said to work on a branch or push build and fail on its pull-request (merge
    // request) build, or the secrets said not to reach PR builds: CI systems withhold secrets, and
    // GitHub a branch's OIDC subject, from PR builds (h12-027, Drone; holoviz/holoviews#1112, Travis). The contrast or the cause must
    // be stated: a PR build failing alone says nothing about the secrets.
    kind: 'pull-request-build',
    applies: credentials,
    re: new RegExp(
      [
        // "my branch `feature/x` works fine ... but the ci run for the pull request into master fails"
        String.raw`\b(?:branch|push)(?:es)?\b[^\n]{0,80}?\b(?:works?|working|succeeds?|succeeded|passe[sd]|fine)\b[^\n]{0,120}?\b(?:pull[ _-]?requests?|PRs?|merge[ _-]?requests?|MRs?)\b[^\n]{0,60}?\b(?:fail\w{0,3}|errors?|breaks?|broken)\b`,
        // "works for branch builds, but not pull request builds"
        String.raw`\b(?:works?|working|succeeds?|passe[sd])\b (?:for|on|in) (?:the )?(?:branch|push)(?:es)?(?: builds?| runs?| pipelines?)?,? but not (?:for |on |in )?(?:the )?(?:pull[ _-]?requests?|PRs?|merge[ _-]?requests?|MRs?)\b`,
        // "The corresponding branch build is clean" under a failing PR build
        String.raw`\b(?:corresponding|same) (?:branch|push) (?:builds?|runs?|pipelines?|jobs?) (?:is|was|are|were) (?:clean|green|fine|passing|ok|successful)\b`,
        // "Maybe the environment variables aren't made available in an external PR build?" (holoviz/holoviews#1112)
        String.raw`\b(?:secrets?|(?:environment |env |secure |encrypted )?variables?|credentials|keys)\b[^\n.]{0,30}?\b(?:aren'?t|are not|isn'?t|is not|not)\b (?:made )?(?:available|passed|exposed|visible|provided)\b[^\n.]{0,20}?\b(?:to|in|on|for) (?:an? |the )?(?:external |forked )?(?:pull[ _-]?requests?|PRs?|merge[ _-]?requests?|MRs?)\b`,
        // "fails on pull requests but works on master / on push"
        String.raw`\b(?:pull[ _-]?requests?|PRs?|merge[ _-]?requests?|MRs?)(?: builds?| runs?| pipelines?)? (?:fail\w{0,3}|break\w{0,3})\b[^\n]{0,80}?\b(?:works?|working|succeeds?|succeeded|passe[sd]|fine)\b[^\n]{0,40}?\b(?:on|for|from|in) (?:the |a )?(?:branch(?:es)?|push(?:es)?|master|main)\b`
      ].join('|'),
      'i'
    )
  },
  {
    // STS's words when the web-identity token itself (the JWT), not a session, is past its `exp`.
    kind: 'web-identity-token-expired',
    applies: credentials,
    re: /\bToken expired: current date\/time \d{9,11} must be before the expiration date\/time ?\d{9,11}|\bweb identity token that was passed is expired\b/i
  },
  {
    // configure-aws-credentials's words when the job has no ID token to exchange, beside the
    // author's note naming the missing permission (`id-token: write`, or the OIDC JWT it grants).
    kind: 'id-token-permission',
    applies: credentials,
    re: /\b(?:without|sin|sans|ohne|missing|lacks?|lacking|forgot|forget|need(?:s|ed)?|must (?:have|set|add)|requires?|required)\b[^\n]{0,30}?\bid-token\b|\bid-token\b[^\n]{0,30}?\b(?:is |was )?(?:missing|required|needed|not set)\b|\bpermissions?\b[^\n]{0,80}\bwrite\b[^\n]{0,80}\bOpenID Connect\b|\bOpenID Connect\b[^\n]{0,80}\bpermissions?\b[^\n]{0,40}\bwrite\b/i
  },
  {
    // The reporter says kubectl uses the identity that created the EKS cluster: that one is
    // mapped at creation, so the refusal points at the identity kubectl really signs with.
    kind: 'eks-creator-identity',
    applies: (d) => credentials(d) && d.detail.cause === 'eks-not-mapped',
    re: /\b(?:same|the) (?:AWS )?(?:IAM )?(?:user|role|identity|account|credentials?|profile)\b[^.\n]{0,80}?\bto create\b[^.\n]{0,30}?\bcluster\b|\b(?:user|role|identity) (?:who|that|which) created the (?:EKS )?cluster\b|\bcluster creator\b|\bcreated (?:the|my|our) (?:EKS )?cluster with (?:the same|this|that)\b/i
  },
  {
    // Cloud9's AWS managed temporary credentials refuse some calls and expire every few minutes;
    // reporters misspell them (`Temproary managed credneitals`), so the words are matched loosely.
    kind: 'cloud9-managed-credentials',
    applies: (d) => credentials(d) || denial(d),
    re: /\bCloud ?9\b|\b(?:AWS )?managed\s{1,3}(?:temp\w{0,10}\s{1,3})?cred\w{0,12}|\btemp\w{0,10}\s{1,3}managed\s{1,3}cred\w{0,12}/i
  },
  {
    // Only IAM answers InvalidClientTokenId after the same credentials created other services'
    // resources (Terraform's `Creation complete after`): AWS knows the key, IAM refuses its type,
    // Cloud9's managed temporary credentials or GetSessionToken's without MFA (heldout14 review,
    // h14-025). The successes come first, the IAM call's refusal after them.
    kind: 'iam-refuses-credential-type',
    // Also CloudFormation creating IAM roles with the caller's credentials after the changeset was
    // made with them (`cdk bootstrap`: `creating CloudFormation changeset...`, then `The security
    // token included in the request is invalid (Service: Iam, …` per IAM resource, its code
    // `HandlerErrorCode: AccessDenied`; Noovolari/leapp#435, aws/aws-cdk-cli#194).
    applies: (d) =>
      credentials(d) &&
      (d.code === 'InvalidClientTokenId' || credentialCause(d.detail.cause, d.code) === 'invalid'),
    re: /\b(?:creating CloudFormation changeset|CREATE_(?:IN_PROGRESS|COMPLETE))\b[^]{0,1500}?\(Service: (?:AmazonIdentityManagement|Iam)[;,]|\b(?:Creation|Modifications|Read) complete after \d[^]{0,1500}?\b(?:[Cc]reating IAM (?:Role|User|Policy|Group|Instance Profile|OIDC Provider|OpenID Connect Provider|Service Linked Role)\b|calling the (?:Create|Put|Attach|Detach|Delete|Update|Tag|Add|Remove|Get|List)(?:Role|User|Group|Policy|InstanceProfile|OpenIDConnectProvider|ServiceLinkedRole)\w{0,20} operation)/
  },
  {
    // The writer calls the identity SES refused a recipient (heldout155 review, h156-136: "named
    // the *recipient* identity as the unauthorized resource"): the sandbox's check, no grant.
    kind: 'ses-recipient',
    applies: (d) => d.kind === 'denial' && /^ses:Send/i.test(d.action ?? ''),
    re: /\brecipient\*{0,2}'?s? (?:e-?mail )?(?:identity|identities|address(?:es)?)\b[^.\n]{0,60}\b(?:unauthori[sz]ed|refused|denied|resource)\b/i
  },
  {
    // An SES send refused while the words say the account is in the SES sandbox or an address is
    // not verified: in the sandbox SES checks the recipients' identities too, and the refusal
    // may name a recipient (cloudposse/terraform-aws-ses#40). An expert starts there.
    kind: 'ses-sandbox',
    applies: (d) => d.kind === 'denial' && /^ses:Send/i.test(d.action ?? ''),
    re: /\bsandbox\b|\bEmail address is not verified\b|\bidentities failed the check\b|\b(?:un|not |only )verified (?:e-?mail|address|identit(?:y|ies)|domain|recipient|sender)s?\b|\bverified (?:e-?mail|address|identity|domain) is (?:another|a different|not)\b/i
  }
]

// A broad managed policy by name.
const POLICY = String.raw`(?:AdministratorAccess(?:-\w{1,20})?|Administrator Access|PowerUserAccess|[A-Z][A-Za-z0-9]{1,40}FullAccess)\b`

// An Allow the reporter says is already in place: a broad or managed policy attached, "I have
// admin", "given all the permissions". Last, because every other stated cause is more precise.
const ALLOW_EXISTS_RULE: StatedCauseRule = {
  kind: 'allow-exists',
  applies: denial,
  re: new RegExp(
    [
      // "after attaching the AmazonEC2ContainerRegistryFullAccess policy", "I gave it Administrator
      // Access": past or ongoing, never the imperative ("attach ... FullAccess" is advice).
      String.raw`\b(?:attached|attaching|added|adding|gave|given|giving|granted|granting|assigned|assigning|using|used)\b[^.]{0,50}?\b${POLICY}`,
      String.raw`\b(?:has|have|having|had)(?: (?:the|a|an|already|got|also|even|it))* (?:AWS[ -]managed )?(?:policy )?${POLICY}`,
      // "despite having AdministratorAccess", "AdministratorAccessポリシーを持つIAMアカウントにも関わらず" (h6-045)
      String.raw`\b(?:despite|even with|even though|although)\b[^.]{0,40}?\b${POLICY}`,
      String.raw`${POLICY}[^\n。]{0,12}?(?:を持つ|が付与|を付与|をアタッチ|がアタッチ)`,
      // "I have admin", "I used Admin", "I am running as an account administrator"
      String.raw`\b(?:I|we|user|role|it)(?: am| 'm|'m| have| has| had| used| use| am using|'m using| am running as| run as)(?: an?| full| the| account)* admin(?:istrator)?\b`,
      // "I have given all the permission to zappa user", "we have all the permissions"
      String.raw`\b(?:gave|given|granted|added|attached|assigned)\b[^.]{0,20}?\b(?:all|every|full)(?: the| of the)? (?:permissions?|privileges|access rights|rights)\b`,
      String.raw`\b(?:I|we|user|role|it) (?:have|has|had) (?:all|every|full)(?: the| of the)? (?:permissions?|privileges|access rights|rights)\b`,
      // "I tried giving the role admin access but no change" (hashicorp/terraform#16710), "The
      // account I am using has full admin access" (aws-samples/aws-codepipeline-bitbucket-integration#11);
      // never a negated one ("I don't have admin access").
      // Never a wish: "needs to be granted admin privileges".
      String.raw`(?<!\b(?:be|to) )\b(?:gave|given|giving|granted|granting|added|adding|attached|attaching|assigned)\b[^.\n]{0,40}?\b(?:full )?admin(?:istrator)? (?:access|rights|privileges|permissions?)\b`,
      String.raw`(?<!(?:n't|\bnot|\bnever|\bno) )\b(?:has|have|had|with)(?: already)?(?: an?)? (?:full |broad |broadly )?admin(?:istrator|istrative)? (?:access|rights|privileges|permissions?)\b`,
      // "their IAM identity is theoretically granted broad administrative privileges" (h14-103),
      // "the role already has admin rights"; the participle or "already" must be there, never "needs".
      String.raw`(?<!(?:n't|\bnot|\bnever|\bno|\bbe) )\b(?:granted|already (?:has|have|had|got)|already)(?: \w{1,15})?,? (?:full |broad |broadly |all )?admin(?:istrator|istrative)? (?:access|rights|privileges|permissions?)\b`,
      // "AdministratorAccess attached", "AdministratorAccess policy is already attached to the user"
      String.raw`${POLICY}(?: policy| managed policy)? (?:(?:is|was|being) )?(?:already )?attached\b`,
      // "even though I added in roles policy" (h89-031), "even though we attached the policy".
      String.raw`\beven though (?:I|we)(?: have| had)? (?:added|attached|granted|gave|put|included)\b`,
      // "assigned task s3 rw iam role" (aptly-dev/aptly#492), "gave the role read/write access".
      String.raw`\b(?:assigned|attached|gave|given|granted)\b[^.\n]{0,40}?\b(?:rw|read[ /-]write|read and write)\b[^.\n]{0,20}?\b(?:iam )?(?:role|policy|access|permissions?)\b`,
      // "even with full access", "even as the root user": the broadest identity there is.
      String.raw`\beven (?:with|using|having) (?:full|admin(?:istrator)?|all)(?: the)? (?:access|rights|privileges|permissions?)\b`,
      String.raw`\b(?:even |I am |I'm |I was |logged in |signed in )(?:as|with|using) (?:the |my )?(?:AWS )?(?:account )?root (?:user|account|credentials)\b`
    ].join('|'),
    'i'
  )
}

export function statedCauseOf(d: Denial, ctx: LogContext): InferredValue | null {
  // The note comes first: a comment or heading above the command that failed.
  const text = `${ctx.note ?? ''}\n${joinedContext(ctx)}`
  for (const rule of [...RULES, ALLOW_EXISTS_RULE]) {
    if (!rule.applies(d)) continue
    const m = rule.re.exec(text)
    if (m) return { value: rule.kind, from: `"${m[0].slice(0, 80)}" in the log` }
  }
  return namedAllowOf(d, text)
}

/**
 * The refused action itself said to be allowed already, in the writer's words: "`dynamodb:Query`
 * is declared in my allowed actions" (pynamodb/PynamoDB#678), "the role has 'config:Put*'
 * permissions" (cloud-custodian/cloud-custodian#3530). The action as printed, or a wildcard of its
 * service that covers it; never a wish ("needs", "should have") nor a negation.
 */
const ALLOW_WORDS =
  /^[^.\n]{0,50}?\b(?:is|are|was|were) (?:already |also )?(?:declared|allowed|granted|included|listed|there|present|in (?:my|the|our) (?:policy|policies|role|permissions))\b/i
const HAS_BEFORE =
  /\b(?:has|have|had|granted|gave|given|added|with)(?: (?:the|a|an|already|also|all))*[ \t]*['"`]?$/i
/** The sentence goes on to say the added Allow worked: the run got further, the error went away. */
const RESOLVED_AFTER =
  /^[^.\n]{0,60}?\b(?:(?:got|get|go|went|gets|goes|getting|going) (?:it )?(?:to )?(?:get )?(?:further|past|through)|(?:it |that |this )?(?:worked|works|fixed|solved|resolved)\b|the (?:error|issue|problem) (?:went away|disappeared|is gone))/i
// Negations, wishes and conditions ("When S3:GetObject is granted and kms:Decrypt is not").
// `n't` is glued to its verb (`You don't have the kms:TagResource permission`, KMS's own words,
// h107-023), so no word boundary stands before it.
// A service's advice is a wish too (`Ensure bucket access role has s3:GetObject permission.`,
// DataSync's location test, heldout147 re-review h147-058).
// An instruction to check reaches further: a library's advice names the identity first (`ensure
// that your AWS IAM Role or User has the 's3:PutObject' permission`, heldout140 review h141-057).
const NEGATED =
  /(?:\b(?:not|never|no|without|missing|need|needs|should|must|when|if|unless|whether|once)\b|n't\b)[^.\n]{0,30}$|\b(?:ensure|make sure|verify|confirm)\b[^.\n]{0,60}$/i

function namedAllowOf(d: Denial, text: string): InferredValue | null {
  // A bare refusal's operation is most often its action's name (`Query` is `dynamodb:Query`); its
  // service may not be known yet, so any service's action of that name is the writer's.
  const name = d.action ? d.action.slice(d.action.indexOf(':') + 1) : d.operation
  if (d.kind !== 'denial' || !name || !/^\w+$/.test(name)) return null
  const service = d.action
    ? d.action.slice(0, d.action.indexOf(':'))
    : (d.service ?? '[a-z0-9-]{2,30}')
  const printed = new RegExp(String.raw`['"\x60]?\b${service}:([A-Za-z*]{1,80})['"\x60]?`, 'gi')
  for (let m; (m = printed.exec(text));) {
    const said = m[1]!
    const covers = said.includes('*')
      ? new RegExp(`^${said.replace(/\*/g, '.*')}$`, 'i').test(name)
      : said.toLowerCase() === name.toLowerCase()
    if (!covers) continue
    const lineStart = text.lastIndexOf('\n', m.index) + 1
    const before = text.slice(Math.max(lineStart, m.index - 60), m.index)
    // The refusal's own sentence names the action too: only a writer's words count.
    if (/\bperform:?\s*$|\ballows the\s*$|\bon resource:?\s*$/i.test(before)) continue
    if (NEGATED.test(before)) continue
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80)
    // The Allow added as the fix, and the run went on (`I added the "resource-groups:Tag"
    // permission manually, and was able to get it to get further along`, heldout102 review
    // h102-016): the missing Allow was the cause, not a sign against it.
    if (RESOLVED_AFTER.test(after)) continue
    if (HAS_BEFORE.test(before) || ALLOW_WORDS.test(after)) {
      const end = Math.min(text.length, m.index + m[0].length + 60)
      // From the sentence's start (after a fence, a full stop or the line's start), at most 30
      // characters before the action.
      const head = text.slice(Math.max(lineStart, m.index - 30), m.index)
      const fence = head.lastIndexOf('```')
      const stop = head.lastIndexOf('. ')
      const cut = Math.max(fence === -1 ? 0 : fence + 3, stop === -1 ? 0 : stop + 2)
      const quote = (head.slice(cut) + text.slice(m.index, end)).split('\n')[0]!.trim()
      return { value: 'allow-named', from: `"${quote.slice(0, 80)}" in the log` }
    }
  }
  return null
}
