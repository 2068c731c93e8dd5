// Names of hosted runtimes shared by the inference that finds them (src/infer/runtimeRole.ts) and
// the trap that words their advice (src/diagnose/traps/runtimeCredentials.ts).

/** A CodeBuild build: the CI job itself, its role carried by the ECS credentials variable. */
export const CODEBUILD_RUNTIME = 'a CodeBuild build (service role)'
