// A bare S3 refusal a tool wraps in words that name the call and the bucket (issue 17, heldout7
// review class "Bare S3 AccessDenied whose wrapper names the operation and bucket"): the call
// becomes the action, the printed bucket and key the resource, and the call's companions follow.
import { analyzeText } from '../../src/engine/Analysis.js'
import type { Finding } from '../../src/model/Finding.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { corpusText } from '../support/corpusRecords.js'
import { s3WrapperOf } from '../../src/infer/s3Wrappers.js'
import { logContext } from '../support/logContext.js'

function denial(text: string): Finding {
  const found = analyzeText(text).findings.filter((f) => f.kind === 'denial')
  expect(found).toHaveLength(1)
  return found[0]!
}

/** Action → its resources, over every proposed statement (validated). */
function grants(f: Finding): Record<string, string[]> {
  const remedies = buildRemedies([f])
  expect(validateRemedies(remedies, [f])).toEqual([])
  const out: Record<string, string[]> = {}
  for (const s of remedies.flatMap((r) => r.statements))
    for (const a of [s.Action].flat()) (out[a] ??= []).push(...[s.Resource ?? []].flat())
  return out
}

describe('Hadoop S3A: `<operation> on s3a://bucket/key`', () => {
  // Source: sparklyr/sparklyr#3254, first line as printed.
  const SPARKLYR_3254 =
    'Error : java.nio.file.AccessDeniedException: s3a://my-bucket-name/my-folder-name/my-filename.csv: getFileStatus on s3a://my-bucket-name/my-folder-name/my-filename.csv: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden; request: HEAD https://my-bucket-name.s3.us-east-2.amazonaws.com my-folder-name/my-filename.csv {} Hadoop 2.7.4, aws-sdk-java/1.11.655 Linux/5.4.0-1071-aws OpenJDK_64-Bit_Server_VM/25.302-b08 java/1.8.0_302 scala/2.12.10 vendor/Azul_Systems,_Inc. com.amazonaws.services.s3.model.GetObjectMetadataRequest; Request ID: 4KZAZ961HQGG0RSG, Extended Request ID: 4GjELy99Qdktrl9GhYnsYMunDxvPq1Hh35k+hmCL5GIpk6cH55ELlNSocLIHl8gfZmpQB7sltiI=, Cloud Provider: AWS, Instance ID: i-0b21b7dc916ba6a31 (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: 4KZAZ961HQGG0RSG; S3 Extended Request ID: 4GjELy99Qdktrl9GhYnsYMunDxvPq1Hh35k+hmCL5GIpk6cH55ELlNSocLIHl8gfZmpQB7sltiI=)\n'
  // Source: j3-signalroom/apache_flink-kickstarter#259, first two lines as printed.
  const FLINK_259 =
    'A critical error occurred to during the processing of the database because An error occurred while calling o565.databaseExists.\n' +
    ': java.io.UncheckedIOException: java.nio.file.AccessDeniedException: s3a://flink-kickstarter/airlines: getFileStatus on s3a://flink-kickstarter/airlines: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: X1JWQ70JD0SVDR22; S3 Extended Request ID: jXoZXd5cMY5dfOCAOc5JXFGbbnZsfHw0ZCQQzc6cIR+Fd47W/K6nhwncWuLxuVheiQwbdToCRxc=; Proxy: null), S3 Extended Request ID: jXoZXd5cMY5dfOCAOc5JXFGbbnZsfHw0ZCQQzc6cIR+Fd47W/K6nhwncWuLxuVheiQwbdToCRxc=:403 Forbidden\n'

  it.each([
    ['sparklyr/sparklyr#3254', SPARKLYR_3254, 'my-bucket-name', 'my-folder-name/*'],
    // A root name without extension may be a directory: itself and what is under it.
    ['apache_flink-kickstarter#259', FLINK_259, 'flink-kickstarter', 'airlines*'],
    // A per-run key at the root: its stable prefix, not the whole bucket.
    [
      'heldout7 h7-054 (exists() on a new key)',
      corpusText('heldout7.jsonl', 'h7-054'),
      'iceberg-test-strato',
      'test_fileset_delete_*'
    ],
    // A file at the bucket's root keeps its key (heldout9 review h9-012 widened one to the whole
    // bucket; that case is a MinIO look-alike, so the shape is tested on own text, and on
    // find_string#40149807378 below).
    [
      'own variant of h9-012 on AWS',
      'java.nio.file.AccessDeniedException: s3a://sparkdata/bureau_balance.csv: getFileStatus on s3a://sparkdata/bureau_balance.csv: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: 570435DC55FC9B3B; Proxy: null)',
      'sparkdata',
      'bureau_balance.csv'
    ],
    // github-file:find_string#2784932199 (a Spark job's comment quoting the refusal): in a folder.
    [
      'find_string#2784932199',
      'Exception in thread "main" java.nio.file.AccessDeniedException: s3a://secret-bucket/top-secret/Install-Linux-tar.txt: getFileStatus on s3a://secret-bucket/top-secret/Install-Linux-tar.txt',
      'secret-bucket',
      'top-secret/*'
    ]
  ])('%s: GetObject on the path’s folder, ListBucket on the bucket', (_n, text, bucket, key) => {
    const f = denial(text)
    expect(f.inferred?.s3Wrapper?.value).toBe('hadoop-s3a')
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(f.explanation).not.toContain('does not name the service')
    expect(grants(f)).toEqual({
      's3:GetObject': [`arn:aws:s3:::${bucket}/${key}`],
      's3:ListBucket': [`arn:aws:s3:::${bucket}`]
    })
  })

  it('a file at the root read with open(): the key itself (github-file:find_string#40149807378)', () => {
    // A README quoting a Yandex Cloud managed-kafka tutorial run, cut where it was cut.
    const f = denial(
      'Exception in thread "main" java.nio.file.AccessDeniedException: s3a://kafka-bucket/kafka-write.py: open s3a://kafka-bucket/kafka-write.py at 0 on s3a://kafka-bucket/kafka-write.py: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request I'
    )
    expect(grants(f)['s3:GetObject']).toEqual(['arn:aws:s3:::kafka-bucket/kafka-write.py'])
  })

  // heldout18 review h18-120: the bucket probe names the bucket alone, not an s3a:// path.
  it('h18-120 (a Hadoop test run on common-issues@hadoop.apache.org): getBucketLocation() on the bucket', () => {
    const f = denial(corpusText('heldout18.jsonl', 'h18-120'))
    expect(f.inferred?.s3Wrapper?.value).toBe('hadoop-s3a-bucket')
    expect(grants(f)).toEqual({ 's3:GetBucketLocation': ['arn:aws:s3:::hwdev-steve-ireland-new'] })
  })

  it('own: doesBucketExist() on a bucket is a listing of it', () => {
    const f = denial(
      'java.nio.file.AccessDeniedException: data-lake-raw: doesBucketExist() on data-lake-raw: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: 0A1B2C3D4E5F6A7B)'
    )
    expect(grants(f)).toEqual({ 's3:ListBucket': ['arn:aws:s3:::data-lake-raw'] })
  })

  it('own counter-case: a Java method call on a bucket-looking word without a refusal is nothing', () => {
    expect(analyzeText('INFO getBucketLocation() on data-lake-raw: eu-west-1').findings).toEqual([])
  })

  it('a missing path is not a refusal: no finding (look-alike)', () => {
    const text =
      'java.io.FileNotFoundException: No such file or directory: s3a://my-bucket-name/my-folder-name/my-filename.csv\n' +
      '\tat org.apache.hadoop.fs.s3a.S3AFileSystem.s3GetFileStatus(S3AFileSystem.java:2269)\n'
    expect(analyzeText(text).findings).toEqual([])
  })
})

describe('Velero: the backup storage location and its objects', () => {
  // Source: velero-io/velero#4955 (the title, cut as GitHub cut it).
  const VELERO_4955 =
    'level=error msg="Error listing backups in backup store" backupLocation=default controller=backup-sync error="rpc error: code = Unknown desc = AccessDenied: Access Denied\\n\\tstatus code: 403, request i\n'
  // Source: velero-io/velero#6082, as printed.
  const VELERO_6082 =
    'time="2023-04-05T16:47:23Z" level=error msg="backup failed" controller=backup error="rpc error: code = Unknown desc = error putting object backups/velero-clients-document-mongodb-uat-20230405164545/velero-backup.json: AccessDenied: Access Denied\\n\\tstatus code: 403, request id: VMR0P517BVGX8KTN, host id: f7q86nhKo+0tirSZS1OQVaR/T+LqD8zkL5Cw6uRa4oPXqnKwATrBwj5n+oKKQ0FC7rT6ccM2NDI=" key=velero/velero-clients-document-mongodb-uat-20230405164545 logSource="pkg/controller/backup_controller.go:300"\n'
  // Source: velero-io/velero#7543, the error line as printed (bucket in a logfmt field).
  const VELERO_7543 =
    'Mar 19 22:31:03 velero-58c946d54d-k5xdt velero error time="2024-03-20T02:30:53Z" level=error msg="Error uploading log file" backup=cp-20240320023032 bucket=codeengine-cp-dev-relint error="rpc error: code = Unknown desc = error putting object dev-relint-controlplane/backups/cp-20240320023032/cp-20240320023032-logs.gz: operation error S3: PutObject, https response error StatusCode: 403, RequestID: b54ad6b1-c6a4-443f-9e99-be04b978a9bf, HostID: , api error AccessDenied: Access Denied" error.file="/go/src/velero-plugin-for-aws/velero-plugin-for-aws/object_store.go:253" error.function="main.(*ObjectStore).PutObject" logSource="pkg/persistence/object_store.go:252" prefix=dev-relint-controlplane\n'

  it.each([
    ['velero-io/velero#4955 (backup sync lists the bucket)', VELERO_4955],
    ['heldout7 h7-045 (the location reported unavailable)', corpusText('heldout7.jsonl', 'h7-045')]
  ])('%s: s3:ListBucket, S3 named', (_n, text) => {
    const f = denial(text)
    expect(f.inferred?.s3Wrapper?.value).toBe('velero-object-store')
    expect(f.inferredAction).toBe('s3:ListBucket')
    expect(f.explanation).not.toContain('does not name the service')
  })

  it('velero-io/velero#6082: a backup object written: PutObject on the bucket’s objects', () => {
    const f = denial(VELERO_6082)
    expect(f.inferredAction).toBe('s3:PutObject')
    // The bucket is not printed: a placeholder, never "*".
    expect(grants(f)['s3:PutObject']).toEqual(['arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*'])
  })

  it('velero-io/velero#7543: the logfmt bucket and the location prefix, not the one backup', () => {
    const f = denial(VELERO_7543)
    expect(f.inferred?.s3Wrapper?.value).toBe('velero-object-store')
    expect(grants(f)['s3:PutObject']).toEqual([
      'arn:aws:s3:::codeengine-cp-dev-relint/dev-relint-controlplane/*'
    ])
  })

  // Source: vmware-tanzu/helm-charts#578, as printed: S3 disabled the bucket, no permission helps.
  it('not AllAccessDisabled (vmware-tanzu/helm-charts#578)', () => {
    const text =
      'time="2024-05-18T07:35:24Z" level=error msg="Current BackupStorageLocations available/unavailable/unknown: 0/1/0, BackupStorageLocation \\"minio\\" is unavailable: rpc error: code = Unknown desc = operation error S3: ListObjectsV2, https response error StatusCode: 403, RequestID: 17D0850741E9E650, HostID: dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8, api error AllAccessDisabled: All access to this resource has been disabled.)" controller=backup-storage-location logSource="pkg/controller/backup_storage_location_controller.go:178"\n'
    for (const f of analyzeText(text).findings) {
      expect(f.inferred?.s3Wrapper).toBeUndefined()
      expect(f.traps).not.toContain('velero-object-store')
    }
  })
})

describe("Velero 1.0's start-up check of its backup storage locations", () => {
  // Source: migtools/mig-controller#447, as printed (a store whose request and host ids are not S3's).
  const MIG_CONTROLLER_447 = `An error occurred: some backup storage locations are invalid: backup store for location "repo-large1-szbjp" is invalid: rpc error: code = Unknown desc = AccessDenied: Access Denied
    status code: 403, request id: k73di8h0-c12w4a-156n, host id: k73di8h0-c12w4a-156n`

  it("h12-092: S3's host id under the check's refusal: s3:ListBucket on the bucket, objects read and written", () => {
    const f = denial(corpusText('heldout12.jsonl', 'h12-092'))
    expect(f.inferred?.s3Wrapper?.value).toBe('velero-object-store')
    expect(f.inferredAction).toBe('s3:ListBucket')
    expect(f.traps).toContain('velero-object-store')
    expect(f.explanation).not.toContain('does not name the service')
    expect(grants(f)).toEqual({
      's3:ListBucket': ['arn:aws:s3:::<BUCKET_NAME>'],
      's3:GetObject': ['arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*'],
      's3:PutObject': ['arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*']
    })
  })

  it('the bucket and prefix `velero install` was given name the grants', () => {
    const text = `velero install --provider aws --plugins velero/velero-plugin-for-aws:v1.0.0 --bucket my-velero-backups --prefix cluster-a --secret-file ./credentials-velero\n${corpusText('heldout12.jsonl', 'h12-092')}`
    const f = denial(text)
    expect(grants(f)).toEqual({
      's3:ListBucket': ['arn:aws:s3:::my-velero-backups'],
      's3:GetObject': ['arn:aws:s3:::my-velero-backups/cluster-a/*'],
      's3:PutObject': ['arn:aws:s3:::my-velero-backups/cluster-a/*']
    })
  })

  it("the Helm chart's location settings name the bucket (velero-io/velero#2309's install as the step above h12-092's refusal)", () => {
    // Source: velero-io/velero#2309, the helm install command as printed (its own error not shown).
    const HELM_2309 =
      'helm install --namespace velero --set configuration.provider=aws --set-file credentials.secretContents.cloud=credentials-velero --set configuration.backupStorageLocation.name=aws --set configuration.backupStorageLocation.bucket=av-cluster-backup --set configuration.backupStorageLocation.config.region=us-east-1 --set configuration.volumeSnapshotLocation.name=aws --set configuration.volumeSnapshotLocation.config.region=us-east-1 --set image.repository=velero/velero --set image.tag=v1.2.0 --set image.pullPolicy=IfNotPresent --set initContainers[0].name=velero-plugin-for-aws --set initContainers[0].image=velero/velero-plugin-for-aws:v1.0.0 --set initContainers[0].volumeMounts[0].mountPath=/target --set initContainers[0].volumeMounts[0].name=plugins --name velero vmware-tanzu/velero '
    // Run as a workflow step (its command is kept whole, however long), h12-092's refusal below.
    const f = denial(
      `##[group]Run ${HELM_2309}\n##[endgroup]\n${corpusText('heldout12.jsonl', 'h12-092')}`
    )
    expect(grants(f)).toEqual({
      's3:ListBucket': ['arn:aws:s3:::av-cluster-backup'],
      's3:GetObject': ['arn:aws:s3:::av-cluster-backup/*'],
      's3:PutObject': ['arn:aws:s3:::av-cluster-backup/*']
    })
  })

  it('mig-controller#447: a store answering with its own ids names no S3 call', () => {
    expect(denial(MIG_CONTROLLER_447).inferred?.s3Wrapper).toBeUndefined()
  })

  it('a shell variable for the bucket names none', () => {
    const text = `velero install --provider aws --bucket $VELERO_BUCKET\n${corpusText('heldout12.jsonl', 'h12-092')}`
    expect(grants(denial(text))['s3:ListBucket']).toEqual(['arn:aws:s3:::<BUCKET_NAME>'])
  })
})

describe("pgBackRest: the repository's bucket and path", () => {
  it('h12-101: stanza-create reading archive.info from test-pg-bucket: the bucket listed, the path read and written', () => {
    const f = denial(corpusText('heldout12.jsonl', 'h12-101'))
    expect(f.inferred?.s3Wrapper?.value).toBe('pgbackrest-repository')
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(f.traps).toContain('s3-missing-object-without-listbucket')
    expect(grants(f)).toEqual({
      's3:ListBucket': ['arn:aws:s3:::test-pg-bucket'],
      's3:GetObject': ['arn:aws:s3:::test-pg-bucket/pgbackup/*'],
      's3:PutObject': ['arn:aws:s3:::test-pg-bucket/pgbackup/*']
    })
  })

  it('2.3x prints the method: a refused PUT is the write, the read beside it', () => {
    const text = corpusText('heldout12.jsonl', 'h12-101')
      .replace('S3 request failed with 403: Forbidden', 'HTTP request failed with 403 (Forbidden):')
      .replace('*** URI/Query ***:', '*** Path/Query ***:')
      .replace(
        '/pgbackup/archive/infra_s3/archive.info',
        'PUT /pgbackup/archive/infra_s3/archive.info'
      )
    const f = denial(text)
    expect(f.inferredAction).toBe('s3:PutObject')
    // A write is no probe for a missing key.
    expect(f.traps).not.toContain('s3-missing-object-without-listbucket')
    expect(Object.keys(grants(f)).sort()).toEqual(['s3:GetObject', 's3:ListBucket', 's3:PutObject'])
  })

  it.each([
    [
      // The endpoint of pgbackrest/pgbackrest#877 (a Dell ECS store): not AWS, no finding at all.
      'another store',
      corpusText('heldout12.jsonl', 'h12-101').replace(
        's3.us-west-1.amazonaws.com',
        'storage-eb4.cegedim.cloud'
      )
    ]
  ])('%s: no S3 repository read', (_n, text) => {
    for (const f of analyzeText(text).findings) expect(f.inferred?.s3Wrapper).toBeUndefined()
  })

  it("a backup's read of a WAL segment it listed is no missing-key probe", () => {
    const text = corpusText('heldout12.jsonl', 'h12-101')
      .replace('stanza-create command begin', 'archive-get command begin')
      .replace(
        '/pgbackup/archive/infra_s3/archive.info',
        '/pgbackup/archive/infra_s3/11-1/0000000100000000/000000010000000000000002-abc.gz'
      )
    const f = denial(text)
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(f.traps).not.toContain('s3-missing-object-without-listbucket')
  })

  it('no bucket option printed: the path stays a placeholder', () => {
    const text = corpusText('heldout12.jsonl', 'h12-101').replace(
      '--repo1-s3-bucket=test-pg-bucket ',
      ''
    )
    const f = denial(text)
    expect(grants(f)['s3:ListBucket']).toEqual(['arn:aws:s3:::<BUCKET_NAME>'])
  })
})

describe('Copilot: `upload manual/... to bucket B: AccessDenied`', () => {
  it.each(['h7-012', 'h7-015', 'h7-016', 'h7-017'])(
    'heldout7 %s: PutObject on manual/* of the bucket and the artifact key',
    (id) => {
      const f = denial(corpusText('heldout7.jsonl', id))
      expect(f.inferred?.s3Wrapper?.value).toBe('copilot-artifact-upload')
      expect(f.inferredAction).toBe('s3:PutObject')
      const g = grants(f)
      // The per-content key is generalised; a masked bucket stays a placeholder.
      expect(g['s3:PutObject']![0]).toMatch(
        /^arn:aws:s3:::(?:<BUCKET_NAME>|[a-z0-9.-]+)\/manual\/\*$/
      )
      expect(g['kms:GenerateDataKey']).toEqual(['arn:aws:kms:<REGION>:<ACCOUNT_ID>:key/<KEY_ID>'])
    }
  )

  it('the bucket as printed when it is not masked (h7-016)', () => {
    const f = denial(corpusText('heldout7.jsonl', 'h7-016'))
    expect(grants(f)['s3:PutObject']).toEqual(['arn:aws:s3:::somebucketname/manual/*'])
  })

  it('not an upload that failed for another reason', () => {
    const text =
      '✘ upload deploy resources for service api: upload custom resources for "api": upload custom resource "EnvControllerFunction": upload manual/scripts/custom-resources/envcontrollerfunction/3ffcf03598.zip to bucket somebucketname: RequestTimeout: Your socket connection to the server was not read from or written to within the timeout period.\n'
    for (const f of analyzeText(text).findings) expect(f.inferred?.s3Wrapper).toBeUndefined()
  })
})

describe('CloudFormation reading TemplateURL', () => {
  // Source: F5Networks/f5-aws-cloudformation#68, as printed (the console link URL-encodes the URL).
  const F5_68 =
    'When trying to use the template I am getting the error:\n' +
    '\n' +
    'Template validation error: S3 error: Access Denied \n' +
    '\n' +
    '## Template\n' +
    'I have tried a few and getting the same with all. tried in us-west-2 and us-east-1\n' +
    'https://console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/new?stackName=F5-PAYG-BIGIP-LTM-Autoscale&templateURL=https:%2F%2Fs3.amazonaws.com%2Ff5-cft%2Ff5-payg-autoscale-bigip-ltm.template\n'

  it('F5Networks/f5-aws-cloudformation#68: GetObject on the template the link names', () => {
    const f = denial(F5_68)
    expect(f.inferred?.s3Wrapper?.value).toBe('cloudformation-template-url')
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(grants(f)['s3:GetObject']).toEqual([
      'arn:aws:s3:::f5-cft/f5-payg-autoscale-bigip-ltm.template'
    ])
  })

  it('heldout7 h7-122: no URL shown, a placeholder object', () => {
    const f = denial(corpusText('heldout7.jsonl', 'h7-122'))
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(grants(f)['s3:GetObject']).toEqual(['arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*'])
  })
})

describe("Thanos' object store: its blocks are the bucket's objects, with its documented set", () => {
  const THANOS_SET = ['s3:DeleteObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject']

  it.each([
    // Source: heldout7 h7-079 (thanos-io/thanos), a store reading a block's meta file.
    ['heldout7.jsonl', 'h7-079', 's3:GetObject'],
    // Source: heldout7 h7-080 (thanos-io/thanos#5929), the fetcher listing the bucket.
    ['heldout7.jsonl', 'h7-080', 's3:ListBucket'],
    // Source: heldout18 h18-044 (thanos-io/thanos#1850), the shipper uploading a meta file.
    ['heldout18.jsonl', 'h18-044', 's3:PutObject'],
    // Source: heldout28 h28-032 (thanos-io/thanos#7497), the compactor deleting a marked block.
    ['heldout28.jsonl', 'h28-032', 's3:DeleteObject']
  ])('%s %s: %s, and the set on the bucket and all its objects', (file, id, action) => {
    const f = denial(corpusText(file, id))
    expect(f.inferred?.s3Wrapper?.value).toBe('thanos-block-store')
    expect(f.inferredAction).toBe(action)
    const g = grants(f)
    expect(Object.keys(g).sort()).toEqual(THANOS_SET)
    // No bucket printed: a placeholder bucket, never one block's key, never "*".
    expect(g['s3:ListBucket']).toEqual(['arn:aws:s3:::<BUCKET_NAME>'])
    for (const a of ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'])
      expect(g[a]).toEqual(['arn:aws:s3:::<BUCKET_NAME>/*'])
  })

  it('own: the placeholder bucket is said to be unprinted, not masked', () => {
    const f = denial(corpusText('heldout28.jsonl', 'h28-032'))
    const notes = buildRemedies([f]).flatMap((r) => r.notes ?? [])
    expect(notes.join('\n')).toMatch(/<BUCKET_NAME> with the bucket name \(the log prints none\)/)
    expect(notes.join('\n')).not.toMatch(/masked/)
  })

  it('own: a bucket the caller knows names the set on it, the refused call left out', () => {
    const m = s3WrapperOf(
      logContext(
        'err="cleaning marked blocks: delete block: delete 01J1AYPJ079SQG86D2HJ859JDV/meta.json: Access Denied"'
      )
    )
    expect(m?.key).toBe('*')
    const set = m!.wrapper.companions!(m!.verb, 'arn:aws:s3:::metrics-blocks')
    expect(set.map((n) => [n.action, n.resource])).toEqual([
      ['s3:ListBucket', 'arn:aws:s3:::metrics-blocks'],
      ['s3:GetObject', 'arn:aws:s3:::metrics-blocks/*'],
      ['s3:PutObject', 'arn:aws:s3:::metrics-blocks/*']
    ])
  })
})

describe('S3 clients on minio-go: the call in their own words', () => {
  const ctx = (line: string, before = '') => ({
    line,
    before,
    after: '',
    command: null,
    roleToAssume: null,
    callerArn: null
  })

  it.each([
    // Source: argoproj/argo-workflows#12564 (heldout7 h7-100), a line as printed.
    [
      'time="2024-01-23T07:13:41.881Z" level=info msg="Pod failed: Error (exit code 1): artifact archive failed to load: failed to get file: Access Denied." displayName=fetch-artifact-24g99 namespace=wkf-support pod=fetch-artifact-24g99 templateName=main workflow=fetch-artifact-24g99',
      's3:GetObject',
      null
    ],
    // Source: argoproj/argo-workflows#3300, as printed.
    [
      'Hello I\'m trying to use an s3 artifact in my workflow, I\'m using minio and I have "Failed to put file: Access Denied."',
      's3:PutObject',
      null
    ],
    // Source: argoproj/argo-workflows#1112 (heldout7 h7-097), a line as printed.
    [
      ' └---⚠ generate-artifact   artifact-passing-2gmc6-2538550521  3s        failed to save outputs: Access Denied',
      's3:PutObject',
      null
    ],
    // Source: heldout7 h7-049 (Velero's Kopia repository check), a line as printed.
    [
      '  "msg": "pod volume backup failed: error creating uploader: failed to connect repository: error to connect backup repo: error to connect to storage: unable to determine if bucket \\"velero\\" exists: Access Denied.",',
      's3:ListBucket',
      'velero'
    ]
  ])('%s', (line, action, bucket) => {
    const m = s3WrapperOf(ctx(line))
    expect(m?.wrapper.id).toBe('object-store-client')
    expect(m?.action).toBe(action)
    expect(m?.bucket).toBe(bucket)
  })

  it('not the same words with another answer (argoproj/argo-workflows#6041: an unknown key)', () => {
    expect(
      s3WrapperOf(
        ctx(
          'time="2021-05-28T01:35:55.039Z" level=info msg="Pod failed: Error (exit code 1): failed to put file: The Access Key Id you provided does not exist in our records." displayName=consume-artifact'
        )
      )
    ).toBeNull()
  })
})

// heldout8 review class 5 (issue 17): clients that name the call in their own words.
describe('restic on S3: `client.BucketExists` and the repository config', () => {
  // restic/restic#1593, the init as printed.
  const RESTIC_1593 =
    'root@foo:~# restic init\ncreate backend at s3:s3.amazonaws.com/foo-backups/restic failed: client.BucketExists: Access Denied.\n'
  // restic/restic#1691 (eu-west-3), as printed.
  const RESTIC_1691 =
    'Fatal: create repository at s3:s3.amazonaws.com/my-bucket-name failed: client.BucketExists: Access Denied.\n'

  it.each([
    ['restic#1593', RESTIC_1593, 'foo-backups'],
    ['restic#1691', RESTIC_1691, 'my-bucket-name']
  ])(
    '%s: the HEAD on the bucket is s3:ListBucket, with GetBucketLocation beside',
    (_n, text, bucket) => {
      const f = denial(text)
      expect(f.inferred?.s3Wrapper?.value).toBe('restic-repository')
      expect(f.inferredAction).toBe('s3:ListBucket')
      expect(grants(f)).toEqual({
        's3:ListBucket': [`arn:aws:s3:::${bucket}`],
        's3:GetBucketLocation': [`arn:aws:s3:::${bucket}`]
      })
    }
  )

  it('heldout8 h8-158: the refusal inside a quoted chain with escaped newlines is found', () => {
    const f = denial(corpusText('heldout8.jsonl', 'h8-158'))
    expect(f.inferredAction).toBe('s3:ListBucket')
  })

  it('heldout8 h8-159: a masked bucket stays a placeholder, S3 named by the repository URL', () => {
    const f = denial(corpusText('heldout8.jsonl', 'h8-159'))
    expect(f.service).toBe('s3')
    expect(f.inferredAction).toBe('s3:ListBucket')
    expect(f.inferred?.resource).toBeUndefined()
  })

  it.each([
    [
      'heldout8 h8-160 (YAML status)',
      corpusText('heldout8.jsonl', 'h8-160'),
      'velero-6109f5e9711c8c58131acdd2f490f451',
      'velero/restic/cake-persistent/*'
    ],
    [
      'heldout8 h8-161 (logfmt, escaped newlines)',
      corpusText('heldout8.jsonl', 'h8-161'),
      'thor-dev-velero-us-east-1',
      'restic/jenkins-ops/*'
    ],
    // heldout11 review: a grant on `config` alone fails on the next read of keys/ and index/.
    [
      'heldout11 h11-094 (restic#3258)',
      corpusText('heldout11.jsonl', 'h11-094'),
      'my-bkup',
      'restic/hostname123/*'
    ]
  ])(
    '%s: `Stat` of the config object opens the repository: s3:GetObject on its prefix',
    (_n, text, bucket, key) => {
      const f = denial(text)
      expect(f.service).toBe('s3')
      expect(f.inferredAction).toBe('s3:GetObject')
      expect(grants(f)).toEqual({
        's3:GetObject': [`arn:aws:s3:::${bucket}/${key}`],
        's3:ListBucket': [`arn:aws:s3:::${bucket}`]
      })
    }
  )

  it('look-alike: a bucket that does not exist is no refusal (velero-io/velero#567)', () => {
    const text =
      'time="2018-06-21T21:02:16Z" level=error msg="backup failed" error="error running command, stderr=Fatal: create repository at s3:s3.amazonaws.com/stuff-dev-heptio-ark-restic/nginx-example failed: client.BucketExists: The specified bucket does not exist.\\n\\n: exit status 1" key=heptio-ark/nginx-example logSource="pkg/controller/backup_controller.go:280"\n'
    expect(analyzeText(text).findings.filter((f) => f.kind === 'denial')).toEqual([])
  })

  it('counter-case: an error code before the words is not a Go call (`Stat: ` is, `AccessDenied: ` is not)', () => {
    const [f] = analyzeText(
      'Fatal: unable to open config file: AccessDenied: Access Denied\n'
    ).findings
    expect(f?.grammar).not.toBe('go-chain-access-denied')
  })
})

describe('build caches and uploaders that word the S3 call', () => {
  // burrunan/gradle-s3-build-cache#57, the line as quoted (cut by the reporter after the request id).
  const GRADLE_57 =
    '[08:50:45]: ▸ Could not store entry acd283e170ea0e591fd14414eb33cc2e in remote build cache: Error while storing cache object in S3 bucket Access Denied (Service: S3, Status Code: 403, Request ID: H2X2X6X7NRZ139Z0, Extended Request ID:\n'

  it.each([
    ['heldout8 h8-046 (airbytehq/airbyte#26032)', corpusText('heldout8.jsonl', 'h8-046')],
    ['burrunan/gradle-s3-build-cache#57', GRADLE_57]
  ])('%s: Gradle storing a cache entry is s3:PutObject', (_n, text) => {
    const f = denial(text)
    expect(f.inferred?.s3Wrapper?.value).toBe('gradle-s3-build-cache')
    expect(f.inferredAction).toBe('s3:PutObject')
    expect(f.traps).toContain('gradle-s3-build-cache')
  })

  it('counter-case: another store of the same build-cache family is not S3’s', () => {
    expect(
      s3WrapperOf(logContext('Error while storing cache object in GCS bucket Forbidden'))
    ).toBeNull()
  })
})

describe("boto3's managed upload: `Failed to upload SRC to BUCKET/KEY: An error occurred (AccessDenied)`", () => {
  // Source: aws/aws-cli#5470, the error line as printed (markdown bold removed).
  const AWS_CLI_5470 =
    'boto3.exceptions.S3UploadFailedError: Failed to upload uploads/voice1.mp3 to flaskdrive/uploads/voice1.mp3: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\n'
  // Source: lucyparsons/OpenOversight#191, first gunicorn error line as printed.
  const OPENOVERSIGHT_191 =
    "gunicorn[26747]: Error uploading to S3: <class 'boto3.exceptions.S3UploadFailedError'> Failed to upload /tmp/tmpqbxYV_/c4c23bc6234d60d9f6f858e7b57230de9fd7206c8b89afc012f97b4267d7bd43.png to openoversight-staging/c4/c23bc6234d60d9f6f858e7b57230de9fd7206c8b89afc012f97b4267d7bd43.png: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied Traceback (most recent call last):\n"

  it.each([
    // Zappa's dated bundle at the bucket's root: the next deploy writes another key.
    [
      'heldout9 h9-007 (Miserlou/Zappa#405)',
      corpusText('heldout9.jsonl', 'h9-007'),
      'arn:aws:s3:::musttu-zappa/*'
    ],
    [
      'heldout9 h9-159 (aws/amazon-sagemaker-examples#2418)',
      corpusText('heldout9.jsonl', 'h9-159'),
      'arn:aws:s3:::sagemaker-fleet-prm-soln/data_wrangler_flows/*'
    ],
    ['aws/aws-cli#5470', AWS_CLI_5470, 'arn:aws:s3:::flaskdrive/uploads/*'],
    // Hash-sharded folders (`c4/` of `c4c23b…`): the next file lands in another shard.
    ['lucyparsons/OpenOversight#191', OPENOVERSIGHT_191, 'arn:aws:s3:::openoversight-staging/*']
  ])('%s: PutObject on the printed bucket, the key generalised', (_src, text, arn) => {
    const f = denial(text)
    expect(f.inferred?.s3Wrapper?.value).toBe('boto3-upload-file')
    expect(f.inferredAction).toBe('s3:PutObject')
    expect(f.inferred?.resource?.value).toBe(arn)
    expect(f.inferred?.resource?.from).toMatch(/Failed to upload/)
    expect(grants(f)['s3:PutObject']).toEqual([arn])
  })

  it('counter-cases (own): not a download, not another error, not a name without its key', () => {
    for (const line of [
      'Failed to download data.csv from my-bucket/data.csv: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
      'Failed to upload data.csv to my-bucket/data.csv: An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist',
      'Failed to upload data.csv to my-bucket: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ])
      expect(s3WrapperOf(logContext(line))?.wrapper.id).not.toBe('boto3-upload-file')
  })

  it('a folder that is a real name is kept (not a hash shard)', () => {
    const m = s3WrapperOf(
      logContext(
        'S3UploadFailedError: Failed to upload a.txt to b-bucket/cafe/a.txt: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      )
    )
    expect(m?.key).toBe('cafe/*')
  })
})

describe("Trino's Hive connector: `Error opening Hive split s3://BUCKET/KEY (offset=…): … Access Denied`", () => {
  it('heldout9 h9-048 (trinodb/trino#24096): GetObject on the folder of the table file', () => {
    const f = denial(corpusText('heldout9.jsonl', 'h9-048'))
    expect(f.inferred?.s3Wrapper?.value).toBe('hive-split-read')
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(grants(f)['s3:GetObject']).toEqual([
      'arn:aws:s3:::amperity-tenant-nnebwd/tables/31JbBg91EHaproQ/2FJ/*'
    ])
  })

  // Source: trinodb/trino#15267, the ERROR line as printed (wrapped by the reporter's paste).
  const TRINO_15267 =
    '2022-11-08T17:16:20.185Z\tERROR\tSplitRunner-821-67\tio.trino.execution.executor.TaskExecutor\tError processing Split 20221108_171619_00082_ssjay.1.1.0-12 {path=s3a://REDACTED/table/0001/block_date=2022-07-09/part-00000-b7d3e0d5-91f0-4a5e-b423-4a115c0dfe47.c000.snappy.parquet, start=0, length=9688} (start = 5538933.073355, wall = 11 ms, cpu = 0 ms, wait = 0 ms, calls = 1): HIVE_CANNOT_OPEN_SPLIT: Error opening Hive split s3a://REDACTED/table/0001/block_date=2022-07-09/part-00000-b7d3e0d5-91f0-4a5e-b423-4a115c0dfe47.c000.snappy.parquet (offset=0, length=9688): com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: GWPGEHRBPM0Z41ER; S3 Extended Request ID: btz5MHY4uuvDZWpIiCeDvsb7Waxfj5+Er8++1ATgMPF5XhcIvraqklFutzc1rH4GBZVwmhoZdfg=; Proxy: null), S3 Extended Request ID: btz5MHY4uuvDZWpIiCeDvsb7Waxfj5+Er8++1ATgMPF5XhcIvraqklFutzc1rH4GBZVwmhoZdfg= (Path: s3a://REDACTED/table/0001/block_date=2022-07-09/part-0\n0000-b7d3e0d5-91f0-4a5e-b423-4a115c0dfe47.c000.snappy.parquet)\n'

  it('trinodb/trino#15267: the call is known, a redacted bucket never becomes one', () => {
    const f = denial(TRINO_15267)
    expect(f.inferred?.s3Wrapper?.value).toBe('hive-split-read')
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(JSON.stringify(grants(f))).not.toMatch(/REDACTED/)
  })

  it('own counter-cases: a split that failed for another reason, or a non-S3 path', () => {
    expect(
      s3WrapperOf(
        logContext(
          'HIVE_CANNOT_OPEN_SPLIT: Error opening Hive split s3://b-bucket/t/part-0.parquet (offset=0, length=10): Read timed out'
        )
      )
    ).toBeNull()
    expect(
      s3WrapperOf(
        logContext(
          'HIVE_CANNOT_OPEN_SPLIT: Error opening Hive split hdfs://nn/t/part-0.parquet (offset=0, length=10): Permission denied: Access Denied'
        )
      )
    ).toBeNull()
  })
})

describe("Jenkins Job Cacher's `Failed to create cache` (its upload)", () => {
  // Source: jenkinsci/jobcacher-plugin#354, the two lines as printed (console timestamps kept).
  const JOBCACHER_354 =
    '14:05:17 [Cache for /home/ec2-user/.m2/repository with id ae2b6542c5ed17253d0dab7d23d110e1] Failed to create cache\n' +
    '14:05:17 com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: ZBS42JFYT3CF33NR; S3 Extended Request ID: N4390caJo7Q1YUT88aXxXF15kMRN1SN/1dtlfas7uCDmcBCXzCEvB88CJeUAT+WsIKNjEvDZHi7UM0s8QCFeOw==; Proxy: null), S3 Extended Request ID: N4390caJo7Q1YUT88aXxXF15kMRN1SN/1dtlfas7uCDmcBCXzCEvB88CJeUAT+WsIKNjEvDZHi7UM0s8QCFeOw==\n'

  it('jenkinsci/jobcacher-plugin#354: s3:PutObject', () => {
    const f = denial(JOBCACHER_354)
    expect(f.inferredAction).toBe('s3:PutObject')
    expect(f.inferred?.s3Wrapper?.value).toBe('jenkins-jobcacher')
  })

  it('counter-case (own): skipping the restore is no upload', () => {
    const text = JOBCACHER_354.replace(
      'Failed to create cache',
      'Skip restoring cache as no up-to-date cache exists'
    )
    expect(denial(text).inferred?.s3Wrapper).toBeUndefined()
  })
})

describe("rclone's `Post request put error` (its upload)", () => {
  // Source: cvisionai/tator#852, the rclone lines as printed.
  const TATOR_852 =
    '2022/09/19 02:23:35 ERROR : cvision-tator/2/55/1609037/EX1708_VID_20170925T233500Z_ROVHD_frame_000470.png: Post request put error: Forbidden: Forbidden\n' +
    '        status code: 403, request id: T992XXDXH56Q7ZBC, host id: 0lrjIohPAjztm9smA/+Lm7BHUShSihR1d1jXxRRg1n3SWNnRw1EUbBQ6pv38SB7qqQ2UG/GmFyJVDQN6Gl9wdw==\n'

  it('cvisionai/tator#852: s3:PutObject, the bucket not guessed from the remote path', () => {
    const f = denial(TATOR_852)
    expect(f.inferredAction).toBe('s3:PutObject')
    expect(f.inferred?.s3Wrapper?.value).toBe('rclone-upload')
    expect(f.inferred?.resource).toBeUndefined()
  })

  it("cvisionai/tator#852: the Python wrapper relaying it first, rclone's line two below", () => {
    // The wrapper's lines above rclone's, as printed.
    const relayed =
      'main.backup.RcloneException: Forbidden: Forbidden\n' +
      '        status code: 403, request id: T9950NTKAMFBNPTR, host id: kmBmj9BNHrD5vVL7ExjN+yWSwOhew6rR+DSbIuKMgoCpTDuCo6NihGaB9+T4c75Y0QQDnnIYiqdkAZG+5NiP0g==\n' +
      TATOR_852
    expect(denial(relayed).inferredAction).toBe('s3:PutObject')
  })

  it('counter-case (own): three lines below is another failure', () => {
    // The later failure has its own code, so it is its own finding: a repeat of the same refusal
    // would fold into the first, and lend it its words (__tests__/engine/repeatContexts.test.ts).
    const relayed =
      'main.backup.RcloneException: Forbidden: Forbidden\n' +
      '        status code: 403, request id: T9950NTKAMFBNPTR, host id: kmBmj9BNHrD5vVL7ExjN+yWSwOhew6rR+DSbIuKMgoCpTDuCo6NihGaB9+T4c75Y0QQDnnIYiqdkAZG+5NiP0g==\n' +
      'Retrying backup of the next resource\n' +
      TATOR_852.replace('Forbidden: Forbidden', 'AccessDenied: Access Denied')
    const f = analyzeText(relayed).findings.filter((x) => x.kind === 'denial')
    expect(f[0]!.line).toBe(1)
    expect(f[0]!.inferredAction ?? null).toBeNull()
  })

  it("counter-case (own): rclone's source read failing is no upload", () => {
    const text = TATOR_852.replace(
      'Post request put error: Forbidden',
      'Failed to copy: failed to open source object: Forbidden'
    )
    expect(denial(text).inferred?.s3Wrapper).toBeUndefined()
  })
})

describe('helm-s3: `fetch object from s3: AccessDenied` on an s3:// chart repository', () => {
  // heldout10 h10-043 (hypnoglow/helm-s3#75): the repository URL is in the `helm repo add` above.
  // heldout10 h10-048 (hashicorp/terraform-provider-helm#1314): the index's URL in the error.
  it.each([
    [
      'h10-043',
      corpusText('heldout10.jsonl', 'h10-043'),
      '123456789-helm-bucket',
      'my-charts/index.yaml'
    ],
    ['h10-048', corpusText('heldout10.jsonl', 'h10-048'), 'my-bucket', 'stable/index.yaml']
  ])('%s: GetObject on the index.yaml, ListBucket beside', (_n, text, bucket, key) => {
    const f = denial(text)
    expect(f.service).toBe('s3')
    expect(f.inferred?.s3Wrapper?.value).toBe('helm-s3')
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(grants(f)).toEqual({
      's3:GetObject': [`arn:aws:s3:::${bucket}/${key}`],
      's3:ListBucket': [`arn:aws:s3:::${bucket}`]
    })
  })

  it('own: a chart push names the repository prefix, not the one chart', () => {
    const f = denial(
      '$ helm s3 push ./mychart-0.1.0.tgz my-charts\nError: upload object to s3: AccessDenied: Access Denied\n\tstatus code: 403, request id: 5B1D0F2A3C4E5F60, host id: <masked>\nURL: s3://charts-bucket/stable/mychart-0.1.0.tgz'
    )
    expect(f.inferredAction).toBe('s3:PutObject')
    expect(grants(f)).toEqual({ 's3:PutObject': ['arn:aws:s3:::charts-bucket/stable/*'] })
  })

  it.each([
    [
      'the same words with a missing key (NoSuchKey is no refusal)',
      'Error: fetch from s3: fetch object from s3: NoSuchKey: The specified key does not exist.\n\tstatus code: 404, request id: 5B1D0F2A3C4E5F60'
    ],
    [
      'an S3 denial a line away from words that are not helm-s3 (`fetch objects from s3 bucket`)',
      'INFO: will fetch objects from s3 bucket s3://data-bucket/in\nAccessDenied: Access Denied\n\tstatus code: 403, request id: 5B1D0F2A3C4E5F60'
    ]
  ])('counter-case: %s', (_n, text) => {
    const found = analyzeText(text).findings.filter((f) => f.kind === 'denial')
    expect(found.every((f) => f.inferred?.s3Wrapper?.value !== 'helm-s3')).toBe(true)
  })
})

describe("jets3t: `S3ServiceException: S3 Error Message. GET '/key' on Host 'bucket.s3…'`", () => {
  // Source: tailrecursion/boot#39 (heldout11 h11-177), first line as printed: a boot/Leiningen S3
  // wagon on jets3t, which signs with the wagon's keys, reading maven-metadata.xml.
  const BOOT_39 =
    "org.jets3t.service.S3ServiceException: S3 Error Message. GET '/snapshot%2Ftailrecursion%2Fclojure-adapter-servlet%2F0.1.0-SNAPSHOT%2Fmaven-metadata.xml' on Host '<my>.repository.s3.amazonaws.com' @ 'Fri, 03 Oct 2014 15:30:57 GMT' -- ResponseCode: 403, ResponseStatus: Forbidden, XML Error Message: <?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>E7EDF9C66A8B855D</RequestId><HostId>U40MhHaosnmvEeU0X8l6wOpNbNY75pcRHaiN6ELQaREnknbQi5bKkRTSdWRPugIK</HostId></Error>"

  it('h11-177: a GET is s3:GetObject, a missing key (ListBucket) first', () => {
    const f = denial(BOOT_39)
    expect(f.inferred?.s3Wrapper?.value).toBe('jets3t')
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(f.explanation).toMatch(
      /\(1\) the key does not exist and the caller may not s3:ListBucket/
    )
  })

  it('a named bucket (own case, the same shape): GetObject on the folder, ListBucket on the bucket', () => {
    const f = denial(BOOT_39.replace('<my>.repository', 'acme-maven'))
    expect(grants(f)).toEqual({
      's3:GetObject': [
        'arn:aws:s3:::acme-maven/snapshot/tailrecursion/clojure-adapter-servlet/0.1.0-SNAPSHOT/*'
      ],
      's3:ListBucket': ['arn:aws:s3:::acme-maven']
    })
  })

  it('a PUT is s3:PutObject, with no ListBucket (own case)', () => {
    const f = denial(BOOT_39.replace("GET '/", "PUT '/").replace('<my>.repository', 'acme-maven'))
    expect(f.inferredAction).toBe('s3:PutObject')
    expect(grants(f)['s3:ListBucket']).toBeUndefined()
  })

  it('not without the jets3t exception: a person quoting the words (look-alike)', () => {
    const ctx = logContext(
      "the wagon said S3 Error Message. GET '/a%2Fb' on Host 'x.s3.amazonaws.com'"
    )
    expect(s3WrapperOf(ctx)).toBeNull()
  })
})

// heldout11 review2 (issue 17): a tool's verbs and defaults name the call and the cause.
describe('restic init writing its key file', () => {
  // restic/restic#3351 (marliotto's first run, stock build): no error text, so no refusal.
  const RESTIC_3351_STOCK =
    'Fatal: create key in repository at s3:s3.amazonaws.com/bucketXXX failed: wrote 0 bytes instead of the expected 456 bytes\n'

  it('heldout11 h11-097 (restic#3351): s3:PutObject on the repository prefix', () => {
    const f = denial(corpusText('heldout11.jsonl', 'h11-097'))
    expect(f.inferred?.s3Wrapper?.value).toBe('restic-repository')
    expect(f.inferredAction).toBe('s3:PutObject')
    expect(grants(f)).toEqual({ 's3:PutObject': ['arn:aws:s3:::opo-restic-backup/*'] })
  })

  it('own variant with a prefix in the repository URL: the prefix, then *', () => {
    const f = denial(
      'Fatal: create key in repository at s3:s3.amazonaws.com/acme-backups/hosts/web1 failed: wrote 0 bytes instead of the expected 455 bytes with error Access Denied\n'
    )
    expect(grants(f)).toEqual({ 's3:PutObject': ['arn:aws:s3:::acme-backups/hosts/web1/*'] })
  })

  it('look-alike: the short write without an error text is no refusal', () => {
    expect(analyzeText(RESTIC_3351_STOCK).findings.filter((f) => f.kind === 'denial')).toEqual([])
  })
})

describe("rclone's bucket check on Mkdir", () => {
  it('heldout11 h11-095 (rustic-rs/rustic#220): s3:CreateBucket, no_check_bucket named first', () => {
    const f = analyzeText(corpusText('heldout11.jsonl', 'h11-095')).findings[0]!
    expect(f.inferred?.s3Wrapper?.value).toBe('rclone-bucket-check')
    expect(f.inferredAction).toBe('s3:CreateBucket')
    expect(f.explanation.split('\n')[0]).toMatch(/no_check_bucket = true/)
  })

  it('counter-case: the same Mkdir words under a path (a file upload) stay rclone-upload or generic', () => {
    // rustic-rs/rustic#220, the next lines as printed: the key file's upload is PutObject.
    const text =
      'rclone output: 2022/09/21 09:03:23 ERROR : keys/f20e3af0f112de1fec9731ba4c5a719e443d1c33eb5e30e40e73eddb44304407: Post request put error: AccessDenied: Access Denied\n\nrclone output:  status code: 403, request id: 4Y32AK01ZJ2JA9RY, host id: GmZtOwEvp/JXnQCr9eXNIanVd4AG8x2fYIock++3pGkDH25UR13oS0fX4byES7uulie9VKDpJHw=\n'
    const f = analyzeText(text).findings[0]!
    expect(f.inferred?.s3Wrapper?.value).toBe('rclone-upload')
    expect(f.inferredAction).toBe('s3:PutObject')
  })

  it('counter-case: a Mkdir failing on a directory under the root is not the bucket check', () => {
    const f = analyzeText(
      '2022/09/21 09:03:23 ERROR : data/2022: Create repo failed to Mkdir: AccessDenied: Access Denied\n'
    ).findings[0]
    expect(f?.inferred?.s3Wrapper?.value).not.toBe('rclone-bucket-check')
  })
})

describe("Litestream's replica: the Region lookup and the snapshot write", () => {
  // benbjohnson/litestream#107, as printed (a replica url s3://awsomebucket/db.db, no region set).
  const LITESTREAM_107 =
    '/db/db.db(s3): monitor error: cannot lookup bucket region: AccessDenied: Access Denied\n\tstatus code: 403, request id: ZHQP36T333JW5B5S, host id: 8zz0Z2/6VPrMJvWZBeXnBG5B5qRyCzrLLyBejUGFWuRceqNcCyTEy1Nk7vgN5WPTsIxNsJL+NGI=\n'

  const OWN_WITH_URL =
    '$ litestream restore -o app.db s3://acme-litestream/app\n2024/03/21 06:42:23 ERROR failed to run error="cannot fetch generations: cannot lookup bucket region: AccessDenied: Access Denied\\n\\tstatus code: 403, request id: Z9QYDYMRKTC8SRPB"\n'

  it.each([
    ['heldout11 h11-099 (litestream#621)', corpusText('heldout11.jsonl', 'h11-099')],
    ['litestream#107', LITESTREAM_107],
    ['own variant with the URL printed', OWN_WITH_URL]
  ])('%s: s3:GetBucketLocation, `region:` named first', (_n, text) => {
    const f = denial(text)
    expect(f.inferred?.s3Wrapper?.value).toBe('litestream-replica')
    expect(f.inferredAction).toBe('s3:GetBucketLocation')
    expect(f.explanation.split('\n')[0]).toMatch(/set `region:` on the replica/)
  })

  it('own variant: the replica URL on the command names the bucket', () => {
    expect(grants(denial(OWN_WITH_URL))).toEqual({
      's3:GetBucketLocation': ['arn:aws:s3:::acme-litestream'],
      's3:ListBucket': ['arn:aws:s3:::acme-litestream']
    })
  })

  it('heldout11 h11-100 (litestream#593): the snapshot write is s3:PutObject on bucket/path/*', () => {
    const f = denial(corpusText('heldout11.jsonl', 'h11-100'))
    expect(f.inferred?.s3Wrapper?.value).toBe('litestream-replica')
    expect(f.inferredAction).toBe('s3:PutObject')
    expect(grants(f)).toEqual({ 's3:PutObject': ['arn:aws:s3:::example-backups/app/*'] })
    // The Region lookup succeeded: its switch is no advice here.
    expect(f.explanation.split('\n')[0]).not.toMatch(/region:/)
  })

  it('counter-case: a monitor error not right after a snapshot write names no call', () => {
    const f = denial(
      'time=2024-06-25T09:59:31.774Z level=INFO msg="replicating to" name=s3 type=s3 sync-interval=1s bucket=example-backups path=app region=eu-west-2 endpoint=""\ntime=2024-06-25T09:59:32.962Z level=ERROR msg="monitor error" db=/var/www/example/storage/production.sqlite3 replica=s3 error="AccessDenied: Access Denied\\n\\tstatus code: 403, request id: 3P8G16JJVW7SM3J5"\n'
    )
    expect(f.inferred?.s3Wrapper).toBeUndefined()
  })
})

describe('uploaders that ask for a public-read ACL by default', () => {
  // davidmoten/aws-maven-plugin#18 (0.2.24, a bucket blocking all public access), as quoted (cut by the reporter).
  const AWS_MAVEN_18 =
    'My s3 bucket blocked all public access, when use deployS3 goal, it will fail with f goal com.github.davidmoten:aws-maven-plugin:0.2.24:deployS3 failed: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 93.\n'

  it.each([
    [
      'heldout11 h11-076 (davidmoten/aws-maven-plugin#11)',
      corpusText('heldout11.jsonl', 'h11-076')
    ],
    ['davidmoten/aws-maven-plugin#18', AWS_MAVEN_18]
  ])('%s: the public-read ACL leads, s3:PutObjectAcl beside the upload', (_n, text) => {
    const f = denial(text)
    expect(f.inferred?.s3Wrapper?.value).toBe('public-read-uploader')
    expect(f.explanation.split('\n')[0]).toMatch(/public-read ACL by default/)
    expect(f.explanation.split('\n')[0]).toMatch(/<publicRead>false<\/publicRead>/)
    expect(Object.keys(grants(f)).sort()).toEqual(['s3:PutObject', 's3:PutObjectAcl'])
  })

  it('heldout11 h11-078 (Reggionick/s3-deploy#76): the HEAD check, then the upload', () => {
    const [head, put] = analyzeText(corpusText('heldout11.jsonl', 'h11-078')).findings
    expect(head?.inferred?.s3Wrapper?.value).toBe('s3-deploy-check')
    expect(head?.inferredAction).toBe('s3:GetObject')
    expect(head?.explanation.split('\n')[0]).toMatch(/`s3:ListBucket`/)
    expect(put?.inferred?.s3Wrapper?.value).toBe('public-read-uploader')
    expect(put?.explanation.split('\n')[0]).toMatch(/`private: true`/)
  })

  it('import-io/s3-deploy#33: the HEAD check is s3:GetObject with ListBucket, and the upload it precedes', () => {
    // import-io/s3-deploy#33 (victorbartel), as printed.
    const f = denial('Unexpected error: (Forbidden) null, aborting upload for FILE\n')
    expect(f.inferred?.s3Wrapper?.value).toBe('s3-deploy-check')
    expect(Object.keys(grants(f)).sort()).toEqual([
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject',
      's3:PutObjectAcl'
    ])
  })

  it.each([
    // Own: another Maven goal of the same plugin is no upload; another plugin's deploy is not it.
    'Failed to execute goal com.github.davidmoten:aws-maven-plugin:0.2.21:deploy (default-cli) on project x: Access Denied (Service: AWSElasticBeanstalk; Status Code: 403; Error Code: AccessDenied)\n',
    'Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:2.7:deploy (default-deploy) on project x: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 0DBD578631093ED7)\n',
    // Own: s3-deploy lines far from the refusal (four lines apart).
    'Unexpected error: (BadRequest) null, aborting upload for a.png\none\ntwo\nthree\nAccessDenied: Access Denied\n'
  ])('counter-case: %s', (text) => {
    for (const f of analyzeText(text).findings)
      expect(f.inferred?.s3Wrapper?.value).not.toBe('public-read-uploader')
  })
})

describe('Laravel and Flysystem uploads send an ACL (heldout13 review h13-104, h13-105)', () => {
  it('h13-104 (pixelfed/pixelfed#2913): PutObject with s3:PutObjectAcl beside, the ACL cause first', () => {
    const f = denial(corpusText('heldout13.jsonl', 'h13-104'))
    expect(f.inferred?.s3Wrapper?.value).toBe('php-acl-uploader')
    expect(Object.keys(grants(f)).sort()).toEqual(['s3:PutObject', 's3:PutObjectAcl'])
    expect(f.explanation.split('\n')[0]).toMatch(/visibility/)
    expect(f.explanation.split('\n')[0]).toMatch(/Block Public Access/)
    // The ACL is on the objects the upload writes: the same stable prefix, never one placeholder key.
    expect(grants(f)).toEqual({
      's3:PutObject': ['arn:aws:s3:::pixelfedimg/public/m/_v2/*'],
      's3:PutObjectAcl': ['arn:aws:s3:::pixelfedimg/public/m/_v2/*']
    })
  })

  it('h13-105 (thephpleague/flysystem#1784): the SDK prints the call, the error and the status on lines of their own', () => {
    const found = analyzeText(corpusText('heldout13.jsonl', 'h13-105')).findings
    const f = found.find((x) => x.operation === 'PutObject')
    expect(f?.inferred?.s3Wrapper?.value).toBe('php-acl-uploader')
    expect(Object.keys(grants(f!)).sort()).toEqual(['s3:PutObject', 's3:PutObjectAcl'])
  })

  it.each([
    // Own: the split form answered 404 (a missing key) is no refusal.
    'Unable to write file at location: a/b.txt.\nError executing "PutObject" on "https://b1.s3.amazonaws.com/a/b.txt"\nAWS HTTP error: \nClient error: `PUT https://b1.s3.amazonaws.com/a/b.txt` resulted in a `404 Not Found` response:\n',
    // Own: a blank line between the error and the status belongs to no one call.
    'Error executing "PutObject" on "https://b1.s3.amazonaws.com/a/b.txt"\nAWS HTTP error: \n\nClient error: `PUT https://b1.s3.amazonaws.com/a/b.txt` resulted in a `403 Forbidden` response:\n'
  ])('counter-case, split form: %s', (text) => {
    for (const f of analyzeText(text).findings) expect(f.operation).not.toBe('PutObject')
  })

  it('UniSharp/laravel-filemanager#896: the same upload logged by Laravel at INFO', () => {
    // UniSharp/laravel-filemanager#896 (chrizz1001), the log's first three lines as printed.
    // The SDK's message and S3's XML below it are one upload: one finding, the XML lending it S3's
    // code (heldout88 review h88-007: the body's code was a second finding of the same refusal).
    const findings = analyzeText(
      '[2020-03-11 21:13:24] production.INFO: exception \'Aws\\S3\\Exception\\S3Exception\' with message \'Error executing "PutObject" on "https://xxxxxxx.eu-central-1.amazonaws.com/photos/52/foto_all_for_one.jpg"; AWS HTTP error: Client error: `PUT https://xxxxxxx.s3.eu-central-1.amazonaws.com/photos/52/foto_all_for_one.jpg` resulted in a `403 Forbidden` response:\n' +
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>8D641D (truncated...)\n'
    ).findings
    expect(findings).toHaveLength(1)
    const f = findings[0]
    expect(f?.code).toBe('AccessDenied')
    expect(f?.operation).toBe('PutObject')
    expect(f?.inferred?.s3Wrapper?.value).toBe('php-acl-uploader')
    expect(Object.keys(grants(f!)).sort()).toEqual(['s3:PutObject', 's3:PutObjectAcl'])
  })

  it.each([
    // Own: the bare PHP SDK (no Laravel prefix, no Flysystem words) sends no ACL.
    'Error executing "PutObject" on "https://egyone.s3.us-west-2.amazonaws.com/avatars/a.jpg"; AWS HTTP error: Client error: `PUT https://egyone.s3.us-west-2.amazonaws.com/avatars/a.jpg` resulted in a `403 Forbidden` response: AccessDenied (client): Access Denied\n',
    // Own: Symfony's request channel is not Laravel's environment.
    '[2020-03-11 21:13:24] request.CRITICAL: Uncaught PHP Exception Aws\\S3\\Exception\\S3Exception: "Error executing "PutObject" on "https://b1.s3.amazonaws.com/a.jpg"; AWS HTTP error: Client error: `PUT https://b1.s3.amazonaws.com/a.jpg` resulted in a `403 Forbidden` response: AccessDenied (client): Access Denied\n',
    // Own: Laravel reading, not writing.
    '[2020-03-11 21:13:24] production.ERROR: Error executing "GetObject" on "https://b1.s3.amazonaws.com/a.jpg"; AWS HTTP error: Client error: `GET https://b1.s3.amazonaws.com/a.jpg` resulted in a `403 Forbidden` response: AccessDenied (client): Access Denied\n'
  ])('counter-case: %s', (text) => {
    for (const f of analyzeText(text).findings)
      expect(f.inferred?.s3Wrapper?.value).not.toBe('php-acl-uploader')
  })
})

describe("s3cmd's remote listing (heldout13 review h13-158)", () => {
  it('h13-158 (s3tools/s3cmd#948): s3:ListBucket on the bucket of the s3:// URL', () => {
    const f = denial(corpusText('heldout13.jsonl', 'h13-158'))
    expect(f.inferred?.s3Wrapper?.value).toBe('s3cmd-remote-list')
    expect(grants(f)).toEqual({ 's3:ListBucket': ['arn:aws:s3:::s3-bucket'] })
  })

  it("composed from two real lines: a Jenkins sync's listing line (find_string#41917955298, its `***` bucket replaced) and s3cmd's 403", () => {
    // The listing line as a real sync printed it, with a real bucket in place of its mask (`***`);
    // the error line is s3cmd's (s3tools/s3cmd#762).
    const f = denial(
      'INFO: Retrieving list of remote files for s3://mudrammer-builds/MUDRammer/440/ ...\nERROR: S3 error: 403 (AccessDenied): Access Denied\n'
    )
    expect(f.inferred?.s3Wrapper?.value).toBe('s3cmd-remote-list')
    expect(Object.keys(grants(f))).toEqual(['s3:ListBucket'])
  })

  it.each([
    // Own: the listing went through; the refusal came two lines later, from the uploads.
    'INFO: Retrieving list of remote files for s3://b1/p/ ...\nINFO: Found 4 local files, 0 remote files\nERROR: S3 error: 403 (AccessDenied): Access Denied\n',
    // Own: s3cmd's local listing.
    'INFO: Compiling list of local files...\nERROR: S3 error: 403 (AccessDenied): Access Denied\n'
  ])('counter-case: %s', (text) => {
    for (const f of analyzeText(text).findings)
      expect(f.inferred?.s3Wrapper?.value).not.toBe('s3cmd-remote-list')
  })
})

describe('a Rails attachment saved to S3 (Paperclip, CarrierWave)', () => {
  it('h14-015 (mrrooijen/mongoid-paperclip#9): the save is an upload, with its public-read ACL', () => {
    const f = denial(corpusText('heldout14.jsonl', 'h14-015'))
    expect(f.inferred?.s3Wrapper?.value).toBe('ruby-attachment-save')
    expect(f.inferredAction).toBe('s3:PutObject')
    expect(Object.keys(grants(f))).toEqual(
      expect.arrayContaining(['s3:PutObject', 's3:PutObjectAcl'])
    )
  })

  it('counter-cases (own): a read before the refusal, another error after a save', () => {
    for (const [before, line] of <[string, string][]>[
      [
        'irb(main):027:0> AWS::S3::S3Object.find("1.jpg", "bucket")',
        'AWS::S3::AccessDenied: Access Denied'
      ],
      ['irb(main):027:0> p.save', 'AWS::S3::NoSuchBucket: The specified bucket does not exist'],
      ['irb(main):027:0> p.saved_changes', 'AWS::S3::AccessDenied: Access Denied']
    ])
      expect(s3WrapperOf(logContext(line, before))?.wrapper.id).not.toBe('ruby-attachment-save')
    // The same lines with a save do name it: the counter-cases above fail on their words alone.
    expect(
      s3WrapperOf(logContext('AWS::S3::AccessDenied: Access Denied', 'irb(main):027:0> p.save'))
        ?.wrapper.id
    ).toBe('ruby-attachment-save')
  })
})

describe("Athena's refused read of a query's S3 location", () => {
  it('h19-091 (kubecost/docs): the table prefix without its partition folders, and the bucket listed', () => {
    const f = denial(corpusText('heldout19.jsonl', 'h19-091'))
    expect(f.inferred?.s3Wrapper?.value).toBe('athena-query-location')
    expect(grants(f)).toEqual({
      's3:GetBucketLocation': ['arn:aws:s3:::cur-report'],
      's3:ListBucket': ['arn:aws:s3:::cur-report'],
      's3:GetObject': ['arn:aws:s3:::cur-report/cur-report/cur-report/*']
    })
  })

  it("h137-030 (kubecost/docs#125): a data file's path, the comma after it, come off to the table's prefix", () => {
    const f = denial(corpusText('heldout137.jsonl', 'h137-030'))
    expect(f.inferred?.s3Wrapper?.value).toBe('athena-query-location')
    // The data's prefix, and the query-results location the log does not name.
    expect(grants(f)['s3:GetObject']).toEqual([
      'arn:aws:s3:::<BUCKET_NAME>/*',
      'arn:aws:s3:::kubecost-reports/kubecost_/kubecost_intergration/kubecost_intergration/*'
    ])
  })

  it('own: a location with no partition keeps its folder; the bucket root is every object', () => {
    expect(
      grants(denial('Permission denied on S3 path: s3://lake-raw/events/clicks/'))['s3:GetObject']
    ).toEqual(['arn:aws:s3:::lake-raw/events/clicks/*'])
    expect(
      grants(denial('Permission denied on S3 path: s3://lake-raw/dt=2024-01-01/hour=03'))[
        's3:GetObject'
      ]
    ).toEqual(['arn:aws:s3:::lake-raw/*'])
  })
})
