// heldout62–63's refusals the engine missed or misread on their unseen score (issue 10, session
// 38): GDAL's and rasterio's words for S3's 403 and for no credentials, a logfmt `err=` holding
// S3's message alone, Nix's S3 binary cache, the Go SDK's presigner without credentials, an OCI
// client reaching ECR without a login, ECR Public's 401 on a push, an exception shown as a comment
// below the call that raised it; each with a counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h62 = (id: string) => corpusText('heldout62.jsonl', id)
const h63 = (id: string) => corpusText('heldout63.jsonl', id)
const first = (text: string) => {
  const [f] = parseText(text)
  return f ? [f.kind, f.grammar, f.service, f.detail.cause ?? null] : null
}

describe('GDAL and rasterio on /vsis3/', () => {
  it.each(['h63-031', 'h63-038'])('%s: rasterio’s RasterioIOError holding S3’s words', (id) => {
    expect(first(h63(id))).toEqual(['denial', 'gdal-s3-access-denied', 's3', null])
  })

  it('h63-032 (cogeotiff/rio-tiler#52): GDAL’s error type, shown as a comment below the call', () => {
    expect(first(h63('h63-032'))).toEqual(['denial', 'gdal-s3-access-denied', 's3', null])
  })

  it('own: the same comment above a function that retries is a note, not a run', () => {
    expect(
      parseText(
        'def open_tile(path):\n    # rasterio._err.CPLE_AWSAccessDeniedError: Access Denied\n    return retry(rasterio.open, path)\n'
      )
    ).toEqual([])
  })

  it('h63-037 (geopandas/pyogrio#413): GDAL’s HTTP warning of a 403 from an S3 endpoint', () => {
    expect(first(h63('h63-037'))).toEqual(['denial', 'gdal-http-403', 's3', null])
  })

  it('own: the same warning from another host is not AWS’s', () => {
    expect(
      parseText(
        'RuntimeWarning: HTTP response code on https://storage.googleapis.com/b/k.tif.aux.xml: 403\n'
      )
    ).toEqual([])
  })

  it.each(['h63-035', 'h63-036'])('%s: GDAL found no credentials', (id) => {
    expect(first(h63(id))).toEqual(['credentials', 'gdal-no-credentials', 's3', 'missing'])
  })
})

describe('object stores’ and caches’ own frames', () => {
  it('h63-014 (grafana/pyroscope#4050): a logfmt `err=` holding S3’s message alone', () => {
    expect(first(h63('h63-014'))).toEqual(['denial', 'go-chain-access-denied', null, null])
  })

  it('own: a logfmt `err="Access Denied"` about no storage at all is not read', () => {
    expect(parseText('level=warn msg="login failed for user admin" err="Access Denied"\n')).toEqual(
      []
    )
  })

  it('h62-003 (NixOS/nix#2161): Nix’s S3 binary cache relaying S3’s message', () => {
    expect(first(h62('h62-003'))).toEqual(['denial', 'nix-s3-access-denied', 's3', null])
  })

  it('own: Nix’s words for another error are not a refusal', () => {
    expect(
      parseText(
        "warning: AWS error fetching 'nix-cache-info': The specified bucket does not exist\n"
      ).filter((f) => f.kind === 'denial')
    ).toEqual([])
  })

  it('h62-015 (hellofresh/kangal#117): the Go SDK’s presigner given anonymous credentials', () => {
    expect(first(h62('h62-015'))).toEqual([
      'credentials',
      'presign-anonymous-credentials',
      null,
      'missing'
    ])
  })
})

describe('image clients without a registry login', () => {
  it('h62-032 (fluxcd/pkg#429): an OCI client’s `credential required for basic auth` at ECR', () => {
    expect(first(h62('h62-032'))).toEqual([
      'credentials',
      'oci-basic-auth-ecr',
      'ecr',
      'registry-login'
    ])
  })

  it('own: the same words at another registry are not AWS’s', () => {
    expect(
      parseText(
        'GET "https://ghcr.io/v2/org/chart/tags/list": credential required for basic auth\n'
      )
    ).toEqual([])
  })

  it('h62-037 (cdklabs/cdk-ecr-deployment#216): ECR Public’s 401 on a push, read as one', () => {
    const [f] = parseText(h62('h62-037'))
    expect([f?.grammar, f?.service, f?.detail.cause, f?.detail.registryOperation]).toEqual([
      'ecr-client-unauthorized',
      'ecr',
      'registry-login',
      'push'
    ])
  })

  it('own: a pull from ECR Public with the same words is no push', () => {
    const [f] = parseText(
      'Error: initializing source docker://public.ecr.aws/docker/library/alpine:3: reading manifest 3 in public.ecr.aws/docker/library/alpine: unauthorized: authentication required\n'
    )
    expect([f?.grammar, f?.detail.registryOperation]).toEqual([
      'ecr-client-unauthorized',
      undefined
    ])
  })
})

describe("ECR Public's bare 403 on a pull", () => {
  it('h62-033 (aws-samples/eks-workshop-v2#704): Helm’s HEAD to public.ecr.aws answered 403', () => {
    expect(first(h62('h62-033'))).toEqual(['denial', 'ecr-public-forbidden', 'ecr-public', null])
  })

  it('own: the same status from another registry is not ECR Public’s', () => {
    expect(
      parseText(
        'Error: could not download chart: unexpected status from HEAD request to https://registry.example.com/v2/charts/ec2-chart/manifests/v0.1.1: 403 Forbidden\n'
      ).filter((f) => f.grammar === 'ecr-public-forbidden')
    ).toEqual([])
  })
})
