// Issue 10, heldout3 class 3: a value a wrap cut mid-token, with no space at the break.
import { splitToken } from '../../src/scan/splitToken.js'

describe('splitToken', () => {
  it.each<[string, string, string]>([
    [
      // github-file:find_string#55223171543 (an eksctl troubleshooting note): the ARN cut after
      // `assumed-role/`, the role name and the sentence on the next line.
      'eksctl: cut after assumed-role/',
      'AccessDeniedException: User: arn:aws:sts::445160884854:assumed-role/',
      'jenkins-ec2-role is not authorized to perform: '
    ],
    [
      // github-file:find_string#62300363521 (verbatim EC2 responses, SCP deny).
      'EC2: an SSO role cut after assumed-role/',
      'You are not authorized to perform this operation. User: arn:aws:sts::<ACCOUNT_ID>:assumed-role/',
      'AWSReservedSSO_MlopsToxicAdmin_<SUFFIX>/rock.lambros is not authorized to perform:'
    ],
    [
      'own: a terminal-width cut inside a name, on a letter',
      'Message returned: AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/Stack-Writer-1TVU/DNSS',
      'tack-Writer-XVqk is not authorized to perform: ssm:GetParameter'
    ],
    [
      'own: a resource cut before its reason clause',
      'is not authorized to perform: ssm:ListTagsForResource on resource: arn:aws:ssm:ap-southeast-2:111122223333:parameter/cdk/exports/Compute',
      'Stack/RefHostedZone because no identity-based policy allows the ssm:ListTagsForResource action'
    ],
    [
      'own: a resource cut after a dash before an explicit deny',
      'on resource: arn:aws:s3:::my-',
      'bucket/key with an explicit deny in a resource-based policy'
    ]
  ])('%s: one token', (_t, line, next) => {
    expect(splitToken(line, next)).toBe(true)
  })

  it.each<[string, string, string]>([
    [
      // github-file:find_string#60706456006: a caller identity printed in columns, the rest of
      // the ARN indented under it (no denial, and an indent is a break of its own).
      'an indented continuation',
      'identity   arn:aws:sts::993912191738:assumed-role/',
      '           aws-devops-sdet-demo-site-publish/GitHubActions'
    ],
    [
      // github-file:find_string#51911980530: every line behind a `#` comment gutter.
      'a comment gutter is no rest of the ARN',
      '# User: arn:aws:sts::855409827378:assumed-role/ec2-s3-access-role/i-0fd9fbf94b8147f5e',
      '# is not authorized to perform: s3:DeleteObject on resource:'
    ],
    [
      'own: a short line ending on a whole name',
      'Using arn:aws:iam::1:role/deploy',
      'ci-bot is not authorized to perform: s3:GetObject'
    ],
    [
      'own: the next line opens a subject of its own',
      'arn:aws:iam::1:role/',
      'User: arn:aws:iam::1:user/x is not authorized'
    ],
    [
      'own: no sentence after the rest',
      'Assuming arn:aws:iam::111122223333:role/',
      'deploy and then continuing'
    ],
    [
      'own: a space ends the line',
      'User: arn:aws:iam::111122223333:role/ ',
      'x is not authorized to perform: a:b'
    ],
    [
      'own: no ARN at the end',
      'The long line of a build log that ends with a word and nothing more',
      'x is not authorized to perform: a:b'
    ]
  ])('%s: two lines', (_t, line, next) => {
    expect(splitToken(line, next)).toBe(false)
  })

  it('stays linear on a hostile line', () => {
    const line = 'arn:' + 'a'.repeat(200_000)
    const next = 'b'.repeat(200_000) + ' is not authorized'
    expect(splitToken(line, next)).toBe(false)
  })
})
