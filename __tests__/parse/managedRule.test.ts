// heldout15 h15-151: Step Functions refusing a state machine whose role may not manage the
// EventBridge rule of a `.sync` integration (WD857): `'ROLE' is not authorized to create
// managed-rule.` The quoted role is the one refused; no IAM action is printed.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe("Step Functions' `is not authorized to create managed-rule` (WD857)", () => {
  it.each([
    [
      'h15-151 (aws-ia/terraform-aws-control_tower_account_factory#365)',
      corpusText('heldout15.jsonl', 'h15-151'),
      'arn:aws:iam::XXXXXXXX:role/aft-account-provisioning-customizations-role'
    ],
    [
      'nasa/cumulus#2693 (Terraform creating the state machine)',
      "```\nError: error creating Step Function State Machine (maap-dit-uw2-IngestAndPublishGranuleWorkflow): AccessDeniedException: 'arn:aws:iam::532XXX:role/maap-dit-uw2-steprole' is not authorized to create managed-rule.\n```",
      'arn:aws:iam::532XXX:role/maap-dit-uw2-steprole'
    ],
    [
      'aws-samples/amazon-sagemaker-safe-deployment-pipeline#29 (CloudFormation’s handler)',
      'Resource handler returned message: "\'arn:aws:iam::(aws-account):role/mlops-nyctaxi-sfn-execution-role\' is not authorized to create managed-rule. (Service: AWSStepFunctions; Status Code: 400; Error Code: AccessDeniedException; Request ID: 7198988e-765b-4ffa-aca1-183dc957d581; Proxy: null)" (RequestToken: 8b3b9e75-16e5-89bc-2e1b-69340f289e41, HandlerErrorCode: AccessDenied)',
      'arn:aws:iam::(aws-account):role/mlops-nyctaxi-sfn-execution-role'
    ]
  ])('%s', (_name, text, role) => {
    const f = only(text)
    expect([f.kind, f.grammar, f.code, f.principal, f.service]).toEqual([
      'denial',
      'sfn-managed-rule',
      'AccessDeniedException',
      role,
      'states'
    ])
  })

  it('serverless-operations/serverless-step-functions#385: the role ARN cut by the reporter, no caller', () => {
    const f = only(
      "```  mystepfunction-role-WOALXN3M2BWR' is not authorized to create managed-rule.  (Service: AWSStepFunctions; Status Code: 400; Error Code: AccessDeniedException; Request ID: {long-hex-code}; Proxy: null).```"
    )
    expect([f.grammar, f.principal]).toEqual(['sfn-managed-rule', null])
  })

  it('silent: terraform-aws-modules/terraform-aws-step-functions#41, the title retold in prose', () => {
    expect(
      parseText(
        'Updating source code throws "not authorized to create managed rule"\n\nThis does not solve the problem'
      )
    ).toEqual([])
  })
})
