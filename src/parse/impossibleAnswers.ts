// Answers AWS never gives to an operation: an S3-compatible store or a mock answered, not AWS
// (heldout14 review h14-073: MinIO answering CreateBucket with NoSuchBucket). A bucket that does
// not exist yet is what CreateBucket makes, so AWS answers it BucketAlreadyExists,
// BucketAlreadyOwnedByYou or a refusal, never NoSuchBucket.
import type { Denial } from '../model/Denial.js'

interface ImpossibleAnswer {
  operation: string
  codes: string[]
}

const IMPOSSIBLE: ImpossibleAnswer[] = [{ operation: 'CreateBucket', codes: ['NoSuchBucket'] }]

export function impossibleForAws(d: Denial): boolean {
  return IMPOSSIBLE.some(
    (i) => d.operation === i.operation && d.code !== null && i.codes.includes(d.code)
  )
}
