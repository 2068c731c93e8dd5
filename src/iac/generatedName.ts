// Names CloudFormation and the CDK make up when a template gives none:
// `<stack>-<logical id, cut to fit>-<random>`. A segment of the name that is a long enough prefix
// of the logical id (or holds it) is the best a locator can say: a partial match.
const MIN_SEGMENT = 8

export function matchGenerated(logicalId: string, name: string): boolean {
  return name
    .split('-')
    .some(
      (seg) => seg.length >= MIN_SEGMENT && (logicalId.startsWith(seg) || seg.startsWith(logicalId))
    )
}
