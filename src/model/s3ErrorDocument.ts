/** How a finding names S3's error document with nothing around it: inferred, then hedged on. */
export const S3_DOCUMENT_ALONE =
  "S3's error document on its own, with no client or signed link around it"
