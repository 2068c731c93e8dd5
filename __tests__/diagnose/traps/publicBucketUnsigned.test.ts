// A public bucket read without credentials (heldout6 review: h6-065): --no-sign-request.
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

const TRAP = 'public-bucket-no-sign-request'

// pollardlab/MIDAS#59: the author's download of a public reference database, before the flag.
const MIDAS_59 = `Here's the minimum-viable patch to iggtools that allows me to download with \`aws s3 cp --only-show-errors --no-sign-request s3://microbiome-igg/<SOME-FILE-PATH>\`.

When the new flag is excluded I get download failures like the following:

\`\`\`
1629844368.0:  'aws s3 cp --only-show-errors s3://microbiome-igg/2.0/pangenomes/100022/centroids.ffn.lz4 - | lz4 -dc > ref/IGGdb2.0/pangenomes/100022/centroi
ds.ffn'
download failed: s3://microbiome-igg/2.0/pangenomes/100022/centroids.ffn.lz4 to - Unable to locate credentials
\`\`\``

describe(TRAP, () => {
  it('the log shows the bucket is public: --no-sign-request leads (review h6-065, nch-cloud/snvstory#4)', () => {
    const { f, notes } = analysedOne(reviewed('h6-065'))
    expect(f.traps).toContain(TRAP)
    expect(
      f.explanation.startsWith(
        'The command reads s3://igm-public-dropbox, which the log shows as public'
      )
    ).toBe(true)
    expect(f.explanation).toContain('`--no-sign-request`')
    // No GitHub Action advice on a workstation.
    expect(f.explanation).not.toContain('configure-aws-credentials')
    expect(notes).not.toContain('configure-aws-credentials')
  })

  it('a read the log does not call public: --no-sign-request only if it is (pollardlab/MIDAS#59)', () => {
    const { f } = analysedOne(MIDAS_59)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^The command reads s3:\/\/microbiome-igg \(/)
    expect(f.explanation).toContain('If the bucket is public')
    expect(f.explanation).toContain('Otherwise the machine needs credentials')
  })

  it('not for an upload, nor for a run that is not the AWS CLI reading a bucket (own cases)', () => {
    const up = analysedOne(
      'aws s3 cp ./site s3://acme-public-site/ --recursive\nupload failed: ./site/index.html to s3://acme-public-site/index.html Unable to locate credentials'
    )
    expect(up.f.traps).not.toContain(TRAP)
    const other = analysedOne('terraform plan\nError: Unable to locate credentials')
    expect(other.f.traps).not.toContain(TRAP)
  })
})
