// The AWS Management Console's own words for a refusal, as users paste its banners (heldout90):
// `You don’t have permission to perform ce:DescribeReport`, the S3 console's `You or your AWS
// administrator must update your IAM permissions to allow s3:GetBucketVersioning`, the Billing
// console's account-level gate, and AWS Sign-In refusing a SAML response. The action the banner
// names is the one refused; the console signs as the signed-in user or role.
import { PRIORITY } from '../Candidate.js'
import { layerOf, POLICY_TYPE_SOURCE } from '../PolicyLayerPhrases.js'
import type { PhraseRule } from '../phraseRule.js'

/** An IAM action as the console prints it (`s3:GetBucketVersioning`, `aws-portal:ViewBilling`). */
const ACTION = String.raw`([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})`

/**
 * The console's access-denied panel, a block of labelled lines in the console's language (English,
 * Korean, Japanese, Chinese): `User:` the caller, `Service:` (when `Action:` is the bare
 * operation), `Action:`, `On resource(s):` and `Context:` the reason, in English in every language
 * (a Korean IAM study note, github-file:find_string#69505840445, heldout151 h151-019).
 */
const LABEL = (words: string) => String.raw`[ \t]*(?:${words})[ \t]*[:：][ \t]*`
const PANEL = new RegExp(
  LABEL('User|사용자|ユーザー|用户|使用者') +
    String.raw`(arn:aws[\w-]*:(?:iam|sts)::[^\s]{1,300}?)[ \t]*\r?\n` +
    String.raw`(?:${LABEL('Service|서비스|サービス|服务|服務')}([a-z][a-z0-9-]{1,40})[ \t]*\r?\n)?` +
    LABEL('Action|작업|アクション|操作|動作') +
    String.raw`([a-z][a-z0-9-]{1,40}:[A-Za-z][A-Za-z0-9*]{1,100}|[A-Z][A-Za-z0-9]{1,100})[ \t]*\r?\n` +
    String.raw`(?:${LABEL(String.raw`On resource\(s\)|Resource|리소스|リソース|资源|資源`)}([^\s]{1,600})[ \t]*\r?\n)?` +
    LABEL('Context|컨텍스트|コンテキスト|上下文|內容|内容') +
    String.raw`(?:no (${POLICY_TYPE_SOURCE}) allows the action|an explicit deny in (?:an? |the )?(${POLICY_TYPE_SOURCE}))`,
  'g'
)

export const consoleBannerRules: PhraseRule[] = [
  {
    id: 'console-denied-panel',
    rule: 'WD7324',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['allows the action', 'an explicit deny in '],
    re: PANEL,
    facts: (m, d) => {
      d.principal = m[1]!
      const op = m[3]!
      d.action = op.includes(':') ? op : m[2] ? `${m[2]}:${op}` : null
      if (!d.action) d.operation = op
      d.service = d.action ? d.action.split(':')[0]!.toLowerCase() : (m[2] ?? null)
      if (m[4] && m[4] !== '-') d.resource = m[4]
      d.layer = layerOf(m[5] ?? m[6]!)
      d.deny = m[5] ? 'implicit' : 'explicit'
    }
  },
  {
    // karimelmel/cloud-security-bootcamp#1 (the S3 console),
    // blog.buildopssolutions.com's Cost Explorer page (`You don’t have permission to perform
    // ce:DescribeReport`, IAM Identity Center users).
    id: 'console-permission-banner',
    rule: 'WD7142',
    kind: 'denial',
    priority: PRIORITY.message,
    // The S3 console's object page: `After you or your AWS administrator have updated your
    // permissions to allow the s3:ListBucket action, refresh the page.` (allenai/pawls#114).
    needs: [
      'have permission to perform ',
      'update your IAM permissions to allow ',
      'updated your permissions to allow the '
    ],
    re: new RegExp(
      String.raw`\bYou don[’']t have permission to perform ${ACTION}\b|\bmust update your IAM permissions to allow ${ACTION}\b|\bhave updated your permissions to allow the ${ACTION} action\b`,
      'g'
    ),
    facts: (m, d) => {
      d.action = (m[1] ?? m[2] ?? m[3])!
      d.service = d.action.split(':')[0]!
    }
  },
  {
    // The Billing and Account pages: the account lets no IAM identity see billing until its root
    // user activates it, whatever the caller's policy (AWS Account Management guide,
    // "Troubleshooting": `You don't have permission to access billing information for this account.`).
    id: 'console-billing-access',
    rule: 'WD7143',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['have permission to access billing information'],
    re: /\bYou don[’']t have permission to access billing information for this account\b\.?/g
  }
]
