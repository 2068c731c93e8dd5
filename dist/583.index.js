export const id = 583;
export const ids = [583];
export const modules = {

/***/ 6583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assumeRoleWithWebIdentity: () => (/* binding */ assumeRoleWithWebIdentity)
/* harmony export */ });
/* harmony import */ var _decode_sts_hasAwsCredentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7112);
// The STS adapter of the OIDC doctor: one unsigned AssumeRoleWithWebIdentity call through the SDK
// (loaded only when the doctor runs), honouring AWS_ENDPOINT_URL_STS. The credentials STS returns
// are dropped unread; the token is never part of what this returns.

const str = (v) => (typeof v === 'string' ? v : '');
/** The wire error code: the SDK names the class `...Exception`; the wire code is in `Code`. */
function errorOf(error) {
    const e = (error ?? {});
    const code = str(e.Code) ||
        str(e.Error?.Code) ||
        str(e.code) ||
        str(e.name) ||
        'Error';
    const message = error instanceof Error ? error.message : String(error);
    return { code, message };
}
async function assumeRoleWithWebIdentity(opts) {
    const { env } = opts;
    const timeoutMs = opts.timeoutMs ?? 10_000;
    env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const { STSClient, AssumeRoleWithWebIdentityCommand } = await __webpack_require__.e(/* import() */ 695).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
    const endpoint = opts.endpoint ?? (env.AWS_ENDPOINT_URL_STS?.trim() || undefined);
    const client = new STSClient({
        region: (0,_decode_sts_hasAwsCredentials_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRegion */ .Zv)(opts.region, env),
        ...(endpoint ? { endpoint } : {}),
        maxAttempts: 3,
        retryMode: 'standard',
        requestHandler: {
            connectionTimeout: timeoutMs,
            requestTimeout: timeoutMs,
            throwOnRequestTimeout: true
        }
    });
    try {
        await client.send(new AssumeRoleWithWebIdentityCommand({
            RoleArn: opts.roleArn,
            RoleSessionName: opts.sessionName ?? 'whydenied-oidc-doctor',
            WebIdentityToken: opts.token,
            ...(opts.durationSeconds ? { DurationSeconds: opts.durationSeconds } : {})
        }));
        return { status: 'ok' };
    }
    catch (error) {
        const e = errorOf(error);
        // Never echo a token back, should an error ever quote the request.
        return {
            status: 'error',
            error: {
                code: e.code,
                message: opts.token ? e.message.split(opts.token).join('***') : e.message
            }
        };
    }
    finally {
        client.destroy();
    }
}


/***/ })

};
