// Issue 10: a denial quoted inside Chinese, Japanese or Korean prose. Full-width punctuation and
// the letters of those scripts end a value: they are never part of an IAM action, name or ARN.
import { parseText } from './parseText.js'

const read = (text: string) => parseText(text).map((f) => [f.action, f.resource ?? null])

describe('denials inside CJK prose', () => {
  it('github-file:find_string#68980827996 (Korean Terraform comment, the message wrapped inside 「」)', () => {
    const text = [
      '  #    처음에 ID 없이 걸었다가 「Not authorized to perform',
      '  #    sts:AssumeRoleWithWebIdentity」로 배포가 통째로 막혔다. STS 는 왜 안 맞는지',
      '  #    안 알려주므로, 토큰 클레임을 직접 찍어서 형식을 확인했다.'
    ].join('\n')
    expect(read(text)).toEqual([['sts:AssumeRoleWithWebIdentity', null]])
  })

  it('github-file:find_string#59393184039 (Japanese Terraform comment)', () => {
    const text = [
      '# 拇印を定数で書かない理由（2026-09-03に実際に踏んだ）:',
      '#   ここに DigiCert 時代の拇印をベタ書きしていたところ、GitHubの証明書が',
      "#   Let's Encrypt に変わっていて一致せず、",
      '#   「Not authorized to perform sts:AssumeRoleWithWebIdentity」で全て弾かれた。',
      '#   証明書は更新されるものなので、固定値ではなく実物から取る。'
    ].join('\n')
    expect(read(text)).toEqual([['sts:AssumeRoleWithWebIdentity', null]])
  })

  it('github-file:find_string#71263679510 (Japanese JSDoc block)', () => {
    const text = [
      ' * 旧形式だけを StringEquals で書いていたために、assume が',
      ' * 「Not authorized to perform sts:AssumeRoleWithWebIdentity」で落ち続けた。',
      ' * AWS はロールが存在しない場合にも同じエラーを返すので、原因が見えにくい。'
    ].join('\n')
    expect(read(text)).toEqual([['sts:AssumeRoleWithWebIdentity', null]])
  })

  it.each<[string, string, [string, string | null]]>([
    [
      'Korean particle after a backtick',
      '첫 실행은 `Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity`로 실패했습니다.',
      ['sts:AssumeRoleWithWebIdentity', null]
    ],
    [
      'Korean particle glued to the resource',
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/app에 대한 권한이 없습니다',
      ['iam:PassRole', 'arn:aws:iam::123456789012:role/app']
    ],
    [
      'Japanese closing bracket after the resource',
      '実行すると User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bucket/key」というエラーになりました。',
      ['s3:GetObject', 'arn:aws:s3:::bucket/key']
    ],
    [
      'Japanese particle glued to the action',
      '「User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObjectの権限がありません',
      ['s3:GetObject', null]
    ],
    [
      'Chinese full-width comma and colon',
      '报错：User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:GetAuthorizationToken on resource: *，请检查权限。',
      ['ecr:GetAuthorizationToken', '*']
    ],
    [
      'Spanish guillemets and inverted question mark',
      'Obtuve «User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k». ¿Por qué?',
      ['s3:PutObject', 'arn:aws:s3:::b/k']
    ],
    [
      'a placeholder in Japanese keeps its letters',
      'User: arn:aws:iam::<別アカウントID>:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k',
      ['s3:GetObject', 'arn:aws:s3:::b/k']
    ]
  ])('%s', (_title, text, want) => {
    expect(read(text)).toEqual([want])
  })

  it('prose that only names the error in Korean stays silent', () => {
    expect(
      parseText(
        '### is not authorized to perform 오류 - ec2:RunInstances\n- 사용자 권한이 없는 경우'
      )
    ).toEqual([])
  })
})
