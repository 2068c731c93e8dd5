export const id = 993;
export const ids = [993];
export const modules = {

/***/ 7993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSubcommand: () => (/* binding */ runSubcommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/engine/Analysis.ts + 78 modules
var Analysis = __webpack_require__(8756);
// EXTERNAL MODULE: ./src/engine/completeReport.ts + 5 modules
var completeReport = __webpack_require__(1338);
// EXTERNAL MODULE: ./src/remedy/oidcContext.ts
var oidcContext = __webpack_require__(7276);
// EXTERNAL MODULE: ./src/remedy/contribute.ts + 26 modules
var contribute = __webpack_require__(4326);
// EXTERNAL MODULE: ./src/common/errorMessage.ts
var errorMessage = __webpack_require__(4936);
// EXTERNAL MODULE: ./src/common/jwtPayload.ts
var jwtPayload = __webpack_require__(9544);
;// CONCATENATED MODULE: ./src/source/idTokenClaims.ts
// What this job's GitHub OIDC token says about it: the `sub` a trust policy must match, and the
// job's `environment`, which no GITHUB_* variable carries. Only jobs with `id-token: write`
// can ask (the runner then sets ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN), which is exactly the jobs
// that assume roles with OIDC. The token itself is never kept, logged or written: only the
// claims below are read out of its payload.


const TIMEOUT_MS = 5000;
const idTokenClaims_text = (value) => typeof value === 'string' && value !== '' ? value : undefined;
/** The claims of a JWT's payload, or null when it is not one. No signature check: we only read. */
function claimsOf(jwt) {
    const c = (0,jwtPayload/* jwtPayload */.c)(jwt);
    if (!c)
        return null;
    return {
        sub: idTokenClaims_text(c.sub),
        environment: idTokenClaims_text(c.environment),
        ref: idTokenClaims_text(c.ref),
        repository: idTokenClaims_text(c.repository),
        repositoryId: idTokenClaims_text(c.repository_id),
        repositoryOwnerId: idTokenClaims_text(c.repository_owner_id),
        eventName: idTokenClaims_text(c.event_name)
    };
}
/**
 * Asks the runner's token endpoint for this job's claims. Null when the job cannot ask (no
 * `id-token: write`) or the endpoint fails: the fix then falls back to the GITHUB_* context.
 */
async function fetchIdTokenClaims(env, debug = () => undefined) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer)
        return null;
    try {
        const request = new URL(url);
        request.searchParams.set('audience', 'sts.amazonaws.com');
        const response = await fetch(request, {
            headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
            signal: AbortSignal.timeout(TIMEOUT_MS)
        });
        if (!response.ok) {
            debug(`OIDC claims: the token endpoint answered ${response.status}`);
            return null;
        }
        const value = (await response.json())?.value;
        const claims = typeof value === 'string' ? claimsOf(value) : null;
        if (!claims)
            debug('OIDC claims: the token endpoint sent no token');
        return claims;
    }
    catch (error) {
        debug(`OIDC claims: ${(0,errorMessage/* errorMessage */.g)(error)}`);
        return null;
    }
}

// EXTERNAL MODULE: ./src/cli/render.ts + 20 modules
var render = __webpack_require__(9606);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/readPolicy.ts
var readPolicy = __webpack_require__(7018);
// EXTERNAL MODULE: ./src/cli/version.ts
var version = __webpack_require__(3882);
// EXTERNAL MODULE: ./src/cli/locateInRepo.ts + 6 modules
var locateInRepo = __webpack_require__(9966);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/source/runCommand.ts
// Runs a command in its own process group, passing its output through unchanged while the same
// bytes feed the engine. Nothing here may change the command's result: engine failures become one
// warning, and the exit code is the command's (128+N when a signal ended it).



const GROUPS = process.platform !== 'win32';
/** actions/runner ProcessInvoker: 5 s after the process exits, it stops waiting for its streams. */
const DRAIN_AFTER_EXIT_MS = 5000;
function exitCodeFor(code, signal) {
    if (signal)
        return 128 + ((external_node_os_default()).constants.signals[signal] ?? 0);
    return code ?? 1;
}
/** A LogSource that swallows its own failures: whydenied must never break the wrapped command. */
function guardedSink(sink, warn) {
    if (!sink)
        return undefined;
    let broken = false;
    const guard = (action) => {
        if (broken)
            return;
        try {
            action();
        }
        catch (error) {
            broken = true;
            warn(error);
        }
    };
    return {
        write: (chunk) => guard(() => sink.write(chunk)),
        end: () => guard(() => sink.end()),
        ready: () => {
            if (broken || !sink.ready)
                return null;
            try {
                return sink.ready();
            }
            catch (error) {
                broken = true;
                warn(error);
                return null;
            }
        }
    };
}
function runCommand(options) {
    const [command, ...args] = options.argv;
    if (command === undefined) {
        // As a shell answers an empty command name: nothing was started.
        return Promise.resolve({
            exitCode: 127,
            signal: null,
            startError: 'no command given',
            forwarded: []
        });
    }
    const signals = options.forwardSignals ?? ['SIGINT', 'SIGTERM'];
    const signalSource = options.signalSource ?? process;
    const drainTimeoutMs = options.drainTimeoutMs ?? DRAIN_AFTER_EXIT_MS;
    let warned = false;
    const warnOnce = (error) => {
        if (warned)
            return;
        warned = true;
        const detail = (0,errorMessage/* errorMessage */.g)(error);
        options.onWarning?.(`whydenied stopped analysing the output after an internal error: ${detail}`);
    };
    const sinks = {
        stdout: guardedSink(options.sinks?.stdout, warnOnce),
        stderr: guardedSink(options.sinks?.stderr, warnOnce)
    };
    return new Promise((resolve) => {
        const forwarded = [];
        let settled = false;
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            // Own process group: forwarding a signal reaches the whole tree, as the runner's would.
            // (On Windows `detached` opens a new console and groups cannot be signalled.)
            detached: GROUPS,
            windowsVerbatimArguments: options.verbatim === true,
            stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe']
        });
        const handlers = signals.map((signal) => {
            const handler = () => {
                forwarded.push(signal);
                if (child.pid === undefined)
                    return;
                try {
                    process.kill(GROUPS ? -child.pid : child.pid, signal);
                }
                catch {
                    // Group already gone: nothing left to stop.
                }
            };
            signalSource.on(signal, handler);
            return { signal, handler };
        });
        let drainTimer;
        let exited = null;
        // Once the command has exited, an engine that is behind no longer holds its output back: what
        // is left in the pipes must be read before the drain timer gives up on them.
        let onExit = () => { };
        const exitedSignal = new Promise((resolve) => (onExit = resolve));
        const open = new Set();
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            if (drainTimer)
                clearTimeout(drainTimer);
            for (const { signal, handler } of handlers)
                signalSource.removeListener(signal, handler);
            if (options.stdin && child.stdin) {
                // Stop reading our stdin (a terminal, say) so it no longer holds the process open.
                options.stdin.unpipe(child.stdin);
                options.stdin.pause();
            }
            sinks.stdout?.end();
            sinks.stderr?.end();
            resolve(result);
        };
        const finishIfDone = () => {
            if (!exited || open.size > 0)
                return;
            finish({
                exitCode: exitCodeFor(exited.code, exited.signal),
                signal: exited.signal,
                forwarded
            });
        };
        // Armed once, when the command exits; later output does not extend it.
        const armDrainTimer = () => {
            if (!exited || drainTimer)
                return;
            drainTimer = setTimeout(() => {
                // Background children still hold the pipes: stop waiting for them.
                for (const stream of open)
                    stream.destroy();
                open.clear();
                finishIfDone();
            }, drainTimeoutMs);
        };
        const pass = (stream, writer, sink) => {
            if (!stream)
                return;
            open.add(stream);
            // Reasons to wait (the writer's drain, the engine catching up): read on when none is left.
            let holds = 0;
            const hold = (until) => {
                if (holds++ === 0)
                    stream.pause();
                void until.then(() => {
                    if (--holds === 0)
                        stream.resume();
                });
            };
            stream.on('data', (chunk) => {
                // Same bytes, same order, to both: the runner sees exactly what the command printed.
                const flowing = writer.write(chunk);
                sink?.write(chunk);
                if (!flowing && writer.once) {
                    hold(new Promise((resolve) => writer.once('drain', () => resolve())));
                }
                const behind = exited ? null : sink?.ready?.();
                if (behind)
                    hold(Promise.race([behind, exitedSignal]));
            });
            const done = () => {
                open.delete(stream);
                finishIfDone();
            };
            stream.on('end', done);
            stream.on('close', done);
            stream.on('error', done);
        };
        pass(child.stdout, options.stdout, sinks.stdout);
        pass(child.stderr, options.stderr, sinks.stderr);
        if (options.stdin && child.stdin) {
            // A command that never reads its stdin must not crash us with EPIPE.
            child.stdin.on('error', () => undefined);
            options.stdin.pipe(child.stdin);
        }
        child.on('error', (error) => {
            if (child.pid !== undefined)
                return;
            finish({
                exitCode: error.code === 'EACCES' ? 126 : 127,
                signal: null,
                startError: `cannot run ${JSON.stringify(command)}: ${error.code ?? error.message}`,
                forwarded
            });
        });
        child.on('exit', (code, signal) => {
            exited = { code, signal };
            onExit();
            armDrainTimer();
            finishIfDone();
        });
    });
}

// EXTERNAL MODULE: ./src/source/workerStream.ts + 1 modules
var workerStream = __webpack_require__(4666);
// EXTERNAL MODULE: ./src/source/workerScan.ts
var workerScan = __webpack_require__(418);
;// CONCATENATED MODULE: ./src/cli/run.ts
// `whydenied run [options] -- COMMAND [ARGS...]`: run a command (argv, no shell), pass its output
// through untouched, then print the report on stderr so the command's stdout stays clean for pipes.















const RUN_HELP = `Usage: whydenied run [options] -- COMMAND [ARGS...]

Runs COMMAND (directly, without a shell), passes its stdout and stderr through unchanged,
and explains any AWS authorization failure it printed. The report is written to stderr
after the command ends, so the command's stdout stays clean for pipes. whydenied exits
with the command's exit code (128+N when a signal ended it).

${options/* OPTIONS_HELP */.Fo}
Examples:
  whydenied run -- terraform apply -auto-approve
  whydenied run --format markdown --output report.md -- bash -c './deploy.sh'
`;
const say = (writer, text) => writer.write(Buffer.from(text));
async function runSubcommand(argv, io) {
    let args;
    try {
        args = (0,options/* parseCliOptions */.aG)(argv, 'run');
    }
    catch (error) {
        if (!(error instanceof options/* UsageError */.eb))
            throw error;
        say(io.stderr, `whydenied run: ${error.message}\nTry 'whydenied run --help'.\n`);
        return 2;
    }
    if (args.help) {
        say(io.stdout, RUN_HELP);
        return 0;
    }
    if (args.version) {
        say(io.stdout, `whydenied ${version/* VERSION */.x}\n`);
        return 0;
    }
    let currentPolicy;
    try {
        // Read before the command runs: a bad path is a usage error, not a lost report afterwards.
        if (args.currentPolicy)
            currentPolicy = (0,readPolicy/* readPolicy */.T)(args.currentPolicy);
        if (args.repo && !external_node_fs_default().statSync(args.repo, { throwIfNoEntry: false })?.isDirectory()) {
            throw new Error(`--repo ${args.repo} is not a directory`);
        }
    }
    catch (error) {
        say(io.stderr, `whydenied run: ${(0,errorMessage/* errorMessage */.g)(error)}\n`);
        return 2;
    }
    const warn = (message) => say(io.stderr, `whydenied: warning: ${message}\n`);
    let analysis = null;
    let streams = null;
    try {
        analysis = new Analysis/* Analysis */.h();
        // A long output is scanned on the worker, paced so that it never queues up in memory.
        streams = new workerStream/* StreamScan */.O(analysis, (0,workerScan/* workerScript */.wF)(import.meta.url));
    }
    catch (error) {
        warn(`the analysis could not start, running the command unwatched: ${(0,errorMessage/* errorMessage */.g)(error)}`);
    }
    const result = await runCommand({
        argv: args.operands,
        cwd: io.cwd,
        env: io.env,
        stdout: io.stdout,
        stderr: io.stderr,
        stdin: io.stdin,
        signalSource: io.signalSource,
        sinks: streams ? { stdout: streams.source(null), stderr: streams.source(null) } : {},
        onWarning: warn
    });
    if (result.startError) {
        say(io.stderr, `whydenied run: ${result.startError}\n`);
        return result.exitCode;
    }
    if (!analysis || !streams)
        return result.exitCode;
    try {
        await streams.finished();
        const scanned = analysis.report();
        // Inside a job with `id-token: write`, its token names the environment and exact subject.
        const claims = scanned.findings.some(contribute/* isOidcFinding */.n) ? await fetchIdTokenClaims(io.env) : null;
        const fromEnv = (0,oidcContext/* oidcContextFromEnv */.Gj)(io.env);
        const report = await (0,completeReport/* completeReport */.U)(scanned, {
            decode: args.decode,
            whoami: args.whoami,
            requireEnvCredentials: false,
            region: args.region,
            env: io.env,
            oidc: claims ? (0,oidcContext/* withJobClaims */.Zg)(fromEnv, claims) : fromEnv,
            currentPolicy,
            fixIntended: args.fixIntended,
            warn
        });
        const located = args.repo ? await (0,locateInRepo/* locateInRepo */.O)(report, args.repo, warn) : report;
        const color = (0,options/* wantsColor */.zK)(args, !!io.stderrIsTTY, io.env);
        const text = (0,render/* render */.X)(located, args.format, color);
        const ending = text.endsWith('\n') ? '' : '\n';
        if (args.output)
            external_node_fs_default().writeFileSync(args.output, text + ending);
        else
            say(io.stderr, text + ending);
        // The command's own failure comes first; findings fail only a command that succeeded.
        if (result.exitCode === 0)
            return (0,options/* findingsExit */.dF)(args, located);
    }
    catch (error) {
        warn(`could not produce the report: ${(0,errorMessage/* errorMessage */.g)(error)}`);
        // Unknown findings must not pass a gate the user asked for.
        if (args.failOnFindings && result.exitCode === 0)
            return 1;
    }
    return result.exitCode;
}


/***/ }),

/***/ 9544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ jwtPayload)
/* harmony export */ });
// The payload object of a compact JWS (`header.payload.signature`), read without verifying the
// signature: STS verifies tokens; we only show and compare what a token presents. Never throws.
function jwtPayload(token) {
    const parts = token.trim().split('.');
    const payload = parts[1];
    if (parts.length !== 3 || !payload || !/^[A-Za-z0-9_-]+$/.test(payload))
        return null;
    try {
        const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            return null;
        return parsed;
    }
    catch {
        return null;
    }
}


/***/ })

};
