// Words around a refusal that say it is the outcome a test or guardrail wants: "Access Denied
// (Expected)", "EXPECTED: AccessDenied", "should fail", "the attack is blocked", "that's
// intentional", a negative test's name, an assertion that the call raises. The finding stays
// (AWS did refuse), but no Allow is drafted: it would dismantle the control the log is checking
// (src/diagnose/traps/intendedDenial.ts). One rule per kind of marker, each with its tests.
// Only phrases tied to a refusal count: "we matched expected path" (CloudFormation's waiter) or
// "Unexpected error" say nothing about intent. Bounded quantifiers only (untrusted text).
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

export interface IntentRule {
  id: string
  re: RegExp
  /**
   * A heading that announces the next check ("Testing team-b access (should DENY)"): it speaks for
   * the refusal below it only, never for one above it (the check before it may have failed).
   */
  announces?: true
}

/** What a refusal is called in the words that mark it expected. */
const REFUSAL = String.raw`(?:AccessDenied\w{0,9}|Access Denied|UnauthorizedOperation|Unauthori[sz]ed|Forbidden|denied|denial|deny|refused|rejected|blocked|not authori[sz]ed|an error occurred \(Access\w{0,15}\)|fail\w{0,3}|errors?)`

/**
 * The refusal words an "Expected:" heading must reach: no bare "error", "fail" or "Forbidden",
 * which a test expecting success prints too ("Expected: 200, got: 403 Forbidden").
 */
const DENIAL = String.raw`(?:AccessDenied\w{0,9}|Access Denied|UnauthorizedOperation|denied|deny|refused|blocked|not authori[sz]ed|an error occurred \(Access\w{0,15}\))`

/**
 * Up to five words between the heading and the refusal, none of them a test's "got" (a test plan's
 * `expected: the base user is denied`, heldout106 review h106-023).
 */
const FILLER = String.raw`(?:(?!(?:got|but|received|actual|instead)\b)\S{1,40}[ \t]{1,3}){0,5}?`

/**
 * "Expected output" as labs in other languages write it (h15-025: a Portuguese SAP-C02 lab's
 * "**Saída esperada** — erro"): Portuguese and Spanish, French, German, Italian, Japanese, Chinese.
 */
const EXPECTED_ELSEWHERE = String.raw`(?:(?:sa[ií]da|salida|resultado|erro|error|respuesta|resposta)[ \t]{1,3}esperad[oa]|(?:r[ée]sultat|sortie|erreur|r[ée]ponse)[ \t]{1,3}attendue?|erwartete[rs]?[ \t]{1,3}(?:Ausgabe|Ergebnis|Fehler|Antwort)|(?:output|risultato|errore)[ \t]{1,3}attes[oa]|(?:期待|想定)(?:される|した)?(?:結果|出力|エラー|動作)|(?:预期|期望|預期)(?:的)?(?:输出|结果|錯誤|错误|結果|輸出))`

/**
 * The error itself named right after such a heading, in the heading's language: "Expected
 * output — error", "Saída esperada — erro", "Résultat attendu : une erreur". Only right after the
 * heading: "Expected: 200, got: 403 Forbidden" names an error too, further on.
 */
const ERROR_WORD = String.raw`(?:(?:an?|uma?|une?|ein(?:en)?|un)[ \t]{1,3})?(?:error|erro|erreur|Fehler|errore|エラー|错误|錯誤|报错)\b`

/** A separator after the heading: a colon, a dash, Markdown bold around it. */
const HEADING_END = String.raw`[ \t*_]{0,4}(?:[:：]|[—–]|[ \t]-[ \t])[ \t*_\x60]{0,12}`

export const INTENT_RULES: IntentRule[] = [
  {
    // "Access Denied (Expected)", "AccessDenied (expected)", "❌ Access Denied (Expected)".
    id: 'marked-expected',
    re: new RegExp(String.raw`\b${REFUSAL}[ \t*_]{0,4}\((?:as )?expected\)`, 'i')
  },
  {
    // "EXPECTED: AccessDenied on disallowed prefix", "**Expected result:** ``` An error occurred
    // (AccessDeniedException)", "Expected output:", "Expected: AccessDenied (permission boundary…)".
    id: 'expected-heading',
    re: new RegExp(
      String.raw`\bexpected(?: (?:result|output|error|outcome|response|behaviou?r))?[ \t]{0,2}[:：][ \t*_\x60]{0,12}${FILLER}${DENIAL}|(?:\bexpected(?: (?:result|output|outcome|response|behaviou?r))?|${EXPECTED_ELSEWHERE})${HEADING_END}(?:${ERROR_WORD}|${FILLER}${DENIAL})`,
      'iu'
    )
  },
  {
    // "the deny is expected", "this failure is intended", "which is the expected denial".
    id: 'refusal-is-expected',
    re: new RegExp(
      String.raw`\b${REFUSAL}[ \t]{1,3}(?:is|was|are|were)[ \t]{1,3}(?:expected|intended|intentional|by design|deliberate)\b|\b(?:the )?expected[ \t]{1,3}(?:AccessDenied\w{0,9}|denial|refusal|deny)\b`,
      'i'
    )
  },
  {
    // "should fail", "should be denied", "must be blocked", "expected to fail", "expecting
    // AccessDenied", a check's heading "(should DENY)" (h15-026), "should NOT be allowed",
    // "expect: DENY". Only above the refusal or on its line: below it, such a heading announces
    // the next check.
    id: 'should-fail',
    announces: true,
    re: new RegExp(
      String.raw`\b(?:should|must|expected to|is expected to|supposed to)[ \t]{1,3}(?:be[ \t]{1,3})?(?:fail|deny|denied|blocked|refused|rejected|forbidden)\b|\b(?:should|must)(?:[ \t]{1,3}not|n't|n’t)[ \t]{1,3}(?:be[ \t]{1,3}allowed|succeed|be[ \t]{1,3}able[ \t]{1,3}to|have[ \t]{1,3}access)\b|\bexpecting[ \t]{1,3}(?:an?[ \t]{1,3})?(?:AccessDenied\w{0,9}|denial|refusal|failure)|\bexpect(?:s|ed)?[ \t]{0,2}[:=]?[ \t]{0,2}(?:DENY|DENIED)\b`,
      'i'
    )
  },
  {
    // "denied as expected", "blocked as intended", "correctly denied", "The attack is blocked!".
    id: 'denied-as-expected',
    re: /\b(?:denied|refused|blocked|rejected|failed)[ \t]{1,3}as[ \t]{1,3}(?:expected|intended)\b|\b(?:correctly|properly|successfully)[ \t]{1,3}(?:denied|blocked|refused|rejected)\b|\battack[ \t]{1,3}(?:is|was)[ \t]{1,3}(?:blocked|denied|prevented)\b|\battack blocked\b|\bpreventive control worked\b|\b(?:are|is)[ \t]{1,3}still[ \t]{1,3}(?:safe|protected)\b/i
  },
  {
    // "that's intentional", "by design", "Don't try this.", "on purpose".
    id: 'intentional',
    re: /\b(?:that's|that is|this is|which is|it's|it is)[ \t]{1,3}(?:intentional|intended|by design|deliberate)\b|\bdo(?:n't|n’t| not)[ \t]{1,3}try[ \t]{1,3}this\b/i
  },
  {
    // An attack simulation or probe that asserts the refusal: Stratus Red Team prints "expected
    // ec2:RunInstances to return an access denied error, got instead: …" when AWS refused with
    // another code, "(will trigger an Access Denied error)" before it calls, and "Got an access
    // denied error as expected" after. Only a refusal as the expected return counts: "expected
    // s3:GetObject to return the object, got instead: AccessDenied" is a failed success test.
    id: 'expected-to-return-refusal',
    re: new RegExp(
      String.raw`\bexpected[ \t]{1,3}[\w:.*/-]{1,80}[ \t]{1,3}to[ \t]{1,3}(?:return|raise|throw|fail with)[ \t]{1,3}(?:an?[ \t]{1,3})?${DENIAL}|\bwill[ \t]{1,3}(?:trigger|return|raise)[ \t]{1,3}an?[ \t]{1,3}${DENIAL}|\b(?:Access Denied|denied|AccessDenied\w{0,9})[ \t]{1,3}error[ \t]{1,3}as[ \t]{1,3}expected\b`,
      'i'
    )
  },
  {
    // A negative test or an assertion that the call is refused: "Negative test:",
    // test_put_denied, assertAccessDenied, pytest.raises(ClientError), expect(...).rejects.
    id: 'negative-test',
    re: /\bnegative[ _-]?test\b|\btest_\w{0,60}?(?:denied|deny|forbidden|unauthori[sz]ed|rejected|blocked)\b|\bassert\w{0,20}?(?:Denied|Deny|Forbidden|Unauthori[sz]ed)\b|\bpytest\.raises\b|\bassertRaises\b|\.rejects\.toThrow\b/i
  },
  {
    // The run signs with an identity named for having no permissions (`dotnet aws deploy --profile
    // no-permissions`, a reproduction of how the tool handles a refusal, aws/aws-dotnet-deploy#475;
    // `AWS_PROFILE=noperms`, a role `deny-all`): the refusal is the point of the run.
    id: 'no-permissions-identity',
    re: /(?:--profile[ =]|\bAWS_PROFILE=|\b[Pp]rofile:?[ \t]{1,3}|:role\/|:user\/)["']?[\w.-]{0,30}?(?:no[-_]?perm(?:ission)?s|no[-_]?access|zero[-_]?perm(?:ission)?s|deny[-_]?all|no[-_]?privileges?)(?![\w-])/i
  },
  {
    // A test runner's tick next to the refusal: "✓ denied", "✅ DENIED", "[+] s3:GetObject: AccessDenied",
    // a report's "✅ PASS: Operator role cannot delete Firehose stream" (session 52 review, h156-008).
    id: 'passed-check',
    re: new RegExp(
      String.raw`(?:✓|✔|✅|\[\+\]|\bPASS(?:ED)?\b)[ \t]{0,3}[^\n✗✘❌]{0,40}?\b(?:AccessDenied\w{0,9}|denied|blocked|refused|cannot|can't|is not allowed to)\b`,
      'i'
    )
  }
]

/**
 * A check announced to succeed: "(should SUCCEED)", "should be allowed", "expected to succeed",
 * "Expected: ALLOW". The nearest announcement above a refusal speaks for it: markers of earlier
 * checks above it do not (h15-026 prints "should SUCCEED" for team-a, then "should DENY" for
 * team-b; a refusal under team-a's heading would be a failure).
 */
const SUCCESS_EXPECTED =
  /\b(?:should|must)[ \t]{1,3}(?:succeed|pass|work|be[ \t]{1,3}allowed|be[ \t]{1,3}able[ \t]{1,3}to|have[ \t]{1,3}access)\b|\bexpected[ \t]{1,3}to[ \t]{1,3}(?:succeed|work|pass)\b|\bexpect(?:s|ed)?[ \t]{0,2}[:=]?[ \t]{0,2}(?:ALLOW(?:ED)?|SUCCESS|SUCCEED)\b/gi

/** The lines above a refusal from the last check announced to succeed on. */
function sinceLastSuccessAnnounced(before: string): string {
  let from = 0
  for (const m of before.matchAll(SUCCESS_EXPECTED)) from = m.index + m[0].length
  return before.slice(from)
}

export function intendedDenialOf(ctx: LogContext): InferredValue | null {
  const scoped = { ...ctx, before: sinceLastSuccessAnnounced(ctx.before) }
  const text = joinedContext(scoped)
  const above = joinedContext({ ...scoped, after: '' })
  for (const rule of INTENT_RULES) {
    const m = rule.re.exec(rule.announces ? above : text)
    if (m) return { value: rule.id, from: `"${m[0].replace(/\s+/g, ' ').slice(0, 80)}" in the log` }
  }
  return null
}

/** Refusal codes a harness names or receives, as printed. */
const CODE = String.raw`(?:access[ \t]denied|AccessDenied(?:Exception)?|(?:Client\.)?UnauthorizedOperation|AccessDeniedException)`

/**
 * A harness's "expected X to return <code>, got instead: … <other code>": AWS refused as the test
 * wants, and the test failed on its own match of the code (h13-178: Stratus Red Team matched
 * "AccessDenied", EC2 answers UnauthorizedOperation; fixed in DataDog/stratus-red-team#390).
 */
const EXPECTED_GOT = new RegExp(
  String.raw`\bexpected[ \t]{1,3}[\w:.*/-]{1,80}[ \t]{1,3}to[ \t]{1,3}(?:return|raise|throw|fail with)[ \t]{1,3}(?:an?[ \t]{1,3})?(${CODE})\b[^\n]{0,30}?\bgot(?:[ \t]instead)?\b[^\n]{0,400}?\b(${CODE})\b`,
  'i'
)

const codeKey = (code: string): string =>
  code
    .toLowerCase()
    .replace(/^client\./, '')
    .replace(/[\s]/g, '')
    .replace(/exception$/, '')

/** The code the harness wanted and the one AWS sent, when they differ: "WANTED GOT". */
export function intendedCodeMismatchOf(ctx: LogContext): InferredValue | null {
  const m = EXPECTED_GOT.exec(joinedContext(ctx))
  if (!m || codeKey(m[1]!) === codeKey(m[2]!)) return null
  return {
    value: `${m[1]!.replace(/\s+/g, ' ')} ${m[2]!}`,
    from: `"${m[0].replace(/\s+/g, ' ').slice(0, 80)}" in the log`
  }
}
