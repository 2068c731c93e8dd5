// Denials that SDKs and the tools built on them print without the IAM sentence: Hadoop S3A, the
// .NET, PHP, Ruby and JS SDKs, Thanos, Fluent Bit, ECS, EC2's AMI launch permission (issue 10).
// Texts are as printed in the threads named with each case; the expected fields are the ones each
// text states.
import { parseText } from './parseText.js'

describe('SDK and tool denials without the IAM sentence', () => {
  it.each([
    [
      'deliciousbrains/wp-amazon-s3-and-cloudfront#40 (PHP app log: `to S3: Access Denied`)',
      'Jan 20 17:14:33 dev apache2[4194]: [error] [client 192.168.33.1] Error uploading $IMAGE to S3: Access Denied, referer: $MYBLOG/wp-admin/post-new.php',
      { kind: 'denial' }
    ],
    [
      'JahstreetOrg/spark-on-kubernetes-helm#54 (Hadoop S3A, SDK v1)',
      'py4j.protocol.Py4JJavaError: An error occurred while calling o74.csv.\n: java.nio.file.AccessDeniedException: s3a://nyc-tlc/misc/uber_nyc_data.csv: getFileStatus on s3a://nyc-tlc/misc/uber_nyc_data.csv: com.amazonaws.services.s3.model.AmazonS3Exception: \n\tat org.apache.hadoop.fs.s3a.S3AUtils.translateException(S3AUtils.java:230)\n\tat org.apache.hadoop.fs.s3a.S3AUtils.translateException(S3AUtils.java:151)\n\tat org.apache.hadoop.fs.s3a.S3AFileSystem.s3GetFileStatus(S3AFileSystem.java:2198)',
      { kind: 'denial', service: 's3' }
    ],
    [
      'apache/hadoop#6507 (Hadoop S3A, SDK v2 `):null`)',
      "spark-sql (default)> CREATE EXTERNAL TABLE student1 (id INT, name STRING, age INT) STORED AS PARQUET LOCATION 's3a://s3ag-pentests-us-east-1/s3ag-test/no-permission/student';\n01:17:00.011 [main] ERROR hive.log - Got exception: java.nio.file.AccessDeniedException s3a://s3ag-pentests-us-east-1/s3ag-test/no-permission/student: getFileStatus on s3a://s3ag-pentests-us-east-1/s3ag-test/no-permission/student: software.amazon.awssdk.services.s3.model.S3Exception: null (Service: S3, Status Code: 403, Request ID: 4WNMHR9SQBTJN1EH, Extended Request ID: tJuQcHQCBzwLWd6IerngFKdAdz4klNAAi7ufUgZURgJiVMJjYmG7CeBYD+XSMT9moQzk1B4L1Ls=):null\njava.nio.file.AccessDeniedException: s3a://s3ag-pentests-us-east-1/s3ag-test/no-permission/student: getFileStatus on s3a://s3ag-pentests-us-east-1/s3ag-test/no-permission/student: software.amazon.awssdk.services.s3.model.S3Exception: null (Service: S3, Status Code: 403, Request ID: 4WNMHR9SQBTJN1EH, Extended Request ID: tJuQcHQCBzwLWd6IerngFKdAdz4klNAAi7ufUgZURgJiVMJjYmG7CeBYD+XSMT9moQzk1B4L1Ls=):null",
      { kind: 'denial', service: 's3' }
    ],
    [
      'sparklyr/sparklyr#3254 (Hadoop S3A, the status at the end of the wrapped message)',
      'Error : java.nio.file.AccessDeniedException: s3a://my-bucket-name/my-folder-name/my-filename.csv: getFileStatus on s3a://my-bucket-name/my-folder-name/my-filename.csv: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden; request: HEAD https://my-bucket-name.s3.us-east-2.amazonaws.com my-folder-name/my-filename.csv {} Hadoop 2.7.4, aws-sdk-java/1.11.655 Linux/5.4.0-1071-aws OpenJDK_64-Bit_Server_VM/25.302-b08 java/1.8.0_302 scala/2.12.10 vendor/Azul_Systems,_Inc. com.amazonaws.services.s3.model.GetObjectMetadataRequest; Request ID: 4KZAZ961HQGG0RSG, Extended Request ID: 4GjELy99Qdktrl9GhYnsYMunDxvPq1Hh35k+hmCL5GIpk6cH55ELlNSocLIHl8gfZmpQB7sltiI=, Cloud Provider: AWS, Instance ID: i-0b21b7dc916ba6a31 (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: 4KZAZ961HQGG0RSG; S3 Extended Request ID: 4GjELy99Qdktrl9GhYnsYMunDxvPq1Hh35k+hmCL5GIpk6cH55ELlNSocLIHl8gfZmpQB7sltiI=), S3 Extended Request ID: 4GjELy99Qdktrl9GhYnsYMunDxvPq1Hh35k+hmCL5GIpk6cH55ELlNSocLIH\nl8gfZmpQB7sltiI=:403 Forbidden\n\tat shaded.databricks.org.apache.hadoop.fs.s3a.S3AUtils.translateException(S3AUtils.java:248)\n\tat shaded.databricks.org.apache.hadoop.fs.s3a.S3AUtils.translateException(S3AUtils.java:159)',
      { kind: 'denial', code: '403 Forbidden', service: 's3' }
    ],
    [
      'symphonists/s3upload_field#16 (PHP S3 class `[AccessDenied]`)',
      'So Symphony is throwing up this error:\n\n```\nUser Warning: GenericErrorHandler 512: S3::putObject(): [AccessDenied]\nAccess Denied on line 358 of file /Users/jdsimcoe/Sites/fire/extensions/s3upload_field/lib/S3.php\n```',
      { kind: 'denial', code: 'AccessDenied' }
    ],
    [
      'aws/aws-sdk-net#3271 (.NET, 403 with no body)',
      "AmazonS3Client 311|2024-04-08T22:57:46.379Z|ERROR|An exception of type HttpErrorResponseException was handled in ErrorHandler. --> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n   at Amazon.Runtime.HttpWebRequestMessage.ProcessHttpResponseMessage(HttpResponseMessage responseMessage)\n   at Amazon.Runtime.HttpWebRequestMessage.GetResponseAsync(CancellationToken cancellationToken)\n   at Amazon.Runtime.Internal.HttpHandler`1.InvokeAsync[T](IExecutionContext executionContext)\n   at Amazon.Runtime.Internal.RedirectHandler.InvokeAsync[T](IExecutionContext executionContext)\n   at Amazon.Runtime.Internal.Unmarshaller.InvokeAsync[T](IExecutionContext executionContext)\n   at Amazon.S3.Internal.AmazonS3ResponseHandler.InvokeAsync[T](IExecutionContext executionContext)\n   at Amazon.Runtime.Internal.ErrorHandler.InvokeAsync[T](IExecutionContext executionContext)\nAmazonS3Client 312|2024-04-08T22:57:46.393Z|ERROR|Received error response: [] --> Amazon.S3.AmazonS3Exception: Error making request with Error Code Forbidden and Http Status Code Forbidden. No further error information was returned by the service.",
      { kind: 'denial', code: 'Forbidden', service: 's3' }
    ],
    [
      'aws/aws-sdk-net#1443 (.NET inside an AggregateException)',
      "\"System.AggregateException: One or more errors occurred. (Error making request with Error Code Forbidden and Http Status Code Forbidden. No further error information was returned by the service.) ---> Amazon.S3.AmazonS3Exception: Error making request with Error Code Forbidden and Http Status Code Forbidden. No further error information was returned by the service. ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n   at Amazon.Runtime.HttpWebRequestMessage.GetResponseAsync(CancellationToken cancellationToken)\n   at Amazon.Runtime.Internal.HttpHandler`1.InvokeAsync[T](IExecutionContext executionContext)\n   at Amazon.Runtime.Internal.RedirectHandler.InvokeAsync[T](IExecutionContext executionContext)",
      { kind: 'denial', code: 'Forbidden', service: 's3' }
    ],
    [
      'aws/aws-sdk-net#336 (.NET, AllAccessDisabled words)',
      "{Amazon.S3.AmazonS3Exception: All access to this object has been disabled ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n  at Amazon.Runtime.HttpWebRequestMessage+<GetResponseAsync>d__20.MoveNext () [0x000df] in D:\\Jenkins\\jobs\\v3-stage-release\\workspace\\AWSDotNetPublic\\sdk\\src\\Core\\Amazon.Runtime\\Pipeline\\HttpHandler\\_mobile\\HttpRequestMessageFactory.cs:234\n--- End of stack trace from previous location where exception was thrown ---",
      { kind: 'denial', service: 's3' }
    ],
    [
      'elastic/logstash#1914 (JRuby over aws-sdk-v1 frames)',
      '#<Class:0x3b964f>: Access Denied\n              return_or_raise at /opt/logstash/vendor/bundle/jruby/1.9/gems/aws-sdk-v1-1.56.0/lib/aws/core/client.rb:375\n               client_request at /opt/logstash/vendor/bundle/jruby/1.9/gems/aws-sdk-v1-1.56.0/lib/aws/core/client.rb:476\n                   put_object at (eval):3\n        write_with_put_object at /opt/logstash/vendor/bundle/jruby/1.9/gems/aws-sdk-v1-1.56.0/lib/aws/s3/s3_object.rb:1760',
      { kind: 'denial' }
    ],
    [
      'colinmeinke/ghost-storage-adapter-s3#70 (Ghost adapter, code on the next line)',
      '```\n[2020-05-15 22:35:29] ERROR "POST /ghost/api/v3/admin/images/upload/" 403 662ms\nAccess Denied\nError ID:\n    611ac210-96fc-11ea-99f8-d9fdb0d0c7a2\nError Code: \n    AccessDenied\n----------------------------------------\nInternalServerError: Access Denied\n    at new GhostError (/var/lib/ghost/versions/3.15.3/node_modules/@tryghost/errors/lib/errors.js:10:26)\n    at _private.prepareError (/var/lib/ghost/versions/3.15.3/core/server/web/shared/middlewares/error-handler.js:53:19)',
      { kind: 'denial', code: 'AccessDenied' }
    ],
    [
      'aws/aws-sdk-js#291 (JS SDK v2 `Forbidden: null`)',
      '```\n/home/andy/dev/node-s3-cli/node_modules/s3/node_modules/aws-sdk/lib/request.js:34\n        throw e;\n              ^\nForbidden: null\n    at Request.extractError (/home/andy/dev/node-s3-cli/node_modules/s3/node_modules/aws-sdk/lib/services/s3.js:251:35)\n    at Request.callListeners (/home/andy/dev/node-s3-cli/node_modules/s3/node_modules/aws-sdk/lib/sequential_executor.js:114:20)',
      { kind: 'denial', code: 'Forbidden' }
    ],
    [
      'aws/containers-roadmap#2493 (ECS, account masked out of the ECR host)',
      'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref .dkr.ecr.us-west-2.amazonaws.com/otel-collector:latest@sha256:863****9ac: unexpected status from HEAD request to https://.dkr.ecr.us-west-2.amazonaws.com/v2/otel-collector/blobs/sha256:863*****9ac: 403 Forbidden\n\nAWS Gateway endpoint for s3 is configured correctly.',
      { kind: 'denial', service: 'ecr' }
    ],
    [
      'aws/aws-sdk-net#3756 (.NET HEAD without a body)',
      "### Current Behavior\n\nGetMetadataObejct('bucketName/subfolder', 'keyName', null) failed with _Error making request with Error Code Forbidden and Http Status Code Forbidden. No further error information was returned by the service.\nThe remote server returned an error: (403) Forbidden._",
      { kind: 'denial', code: 'Forbidden' }
    ],
    [
      'thanos-io/thanos#394 (Thanos `stat s3 object`)',
      './thanos sidecar --prometheus.url http://localhost:9090 --tsdb.path /prometheus --s3.endpoint s3-us-west-1.amazonaws.com --s3.bucket prometheus-backup --s3.access-key XXXXXXXXXXXX --s3.signature-version2\n\nlevel=info ts=2018-06-28T14:56:39.150915454Z caller=flags.go:51 msg="StoreAPI address that will be propagated through gossip" address=10.65.58.166:10901\nlevel=info ts=2018-06-28T14:56:39.156908539Z caller=sidecar.go:270 msg="starting sidecar" peer=\nlevel=info ts=2018-06-28T14:56:39.157006815Z caller=sidecar.go:215 component=store msg="Listening for StoreAPI gRPC" address=0.0.0.0:10901\nlevel=info ts=2018-06-28T14:56:39.157020254Z caller=main.go:240 msg="Listening for metrics" address=0.0.0.0:10902\nlevel=error ts=2018-06-28T14:56:39.4122846Z caller=shipper.go:165 msg="shipping failed" block=01CH0N8K0M9HAZ3DKN60Z8RR7G err="check exists: stat s3 object: Access Denied."\nlevel=error ts=2018-06-28T14:56:39.415855697Z caller=shipper.go:165 msg="shipping failed" block=01CH0W4A8FY6G70M05HTH7CDGM err="check exists: stat s3 object: Access Denied."',
      { kind: 'denial', service: 's3' }
    ],
    [
      'thanos-io/thanos#2954 (Thanos `upload s3 object`)',
      '```\nmsg="shipping failed" block=01EECWSM3QX0VNZ3HS092DM0SD err="upload meta file to debug dir: upload file /var/prometheus/thanos/upload/01EECWSM3QX0VNZ3HS092DM0SD/meta.json as debug/metas/01EECWSM3QX0VNZ3HS092DM0SD.json: upload s3 object: Access Denied"\nlevel=warn ts=2020-07-29T09:41:15.251756448Z caller=sidecar.go:339 err="failed to sync 53 blocks" uploaded=0\n```',
      { kind: 'denial' }
    ],
    [
      'terraform-aws-modules/terraform-aws-eks#3397 (Fluent Bit CloudWatch Logs output)',
      "$ kubectl -n amazon-cloudwatch logs fluent-bit-k\n8rcn | tail -20\n[2025/06/27 10:33:39] [error] [output:cloudwatch_logs:cloudwatch_logs.1] Failed to create log stream\n[2025/06/27 10:33:39] [error] [output:cloudwatch_logs:cloudwatch_logs.1] Failed to send events\n[2025/06/27 10:33:39] [error] [output:cloudwatch_logs:cloudwatch_logs.0] CreateLogStream API responded with error='AccessDeniedException'\n[2025/06/27 10:33:39] [error] [output:cloudwatch_logs:cloudwatch_logs.0] Failed to create log stream\n[2025/06/27 10:33:39] [error] [output:cloudwatch_logs:cloudwatch_logs.0] Failed to send events",
      { kind: 'denial', code: 'AccessDeniedException' }
    ],
    [
      'StreisandEffect/streisand#82 (EC2 AMI not shared (AuthFailure))',
      'TASK: [genesis-amazon | Create the EC2 instance] *****************************\\* \nfailed: [127.0.0.1 -> 127.0.0.1] => {"failed": true}\nmsg: Instance creation failed => AuthFailure: Not authorized for images: [ami-5287d500]',
      { kind: 'denial', code: 'AuthFailure' }
    ],
    [
      'gtaws/ProtectWithWAF#4 (CloudFormation `API: ec2:RunInstances Not authorized for images`)',
      'CFN template (aws-waf-security-automations-template.yaml) fails to deploy with the following error message: \n\n"API: ec2:RunInstances Not authorized for images: [ami-0dbbd6f952e12feba]"',
      { kind: 'denial', service: 'ec2', action: 'ec2:RunInstances' }
    ]
  ])('%s', (_source, text, expected) => {
    const [first] = parseText(text)
    expect(first).toMatchObject(expected)
  })

  it.each([
    [
      'own: Hadoop refusing a local file',
      'java.nio.file.AccessDeniedException: /tmp/hadoop-yarn/staging/job_1/job.xml'
    ],
    [
      'own: `Access Denied` over a web framework’s stack',
      'Access Denied\n    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)'
    ],
    [
      'own: `Forbidden: null` over a non-AWS client',
      'Forbidden: null\n    at Request.extractError (/app/node_modules/some-http/lib/request.js:10:3)'
    ],
    [
      'own: the .NET SDK on a 404',
      'Amazon.S3.AmazonS3Exception: Error making request with Error Code NotFound and Http Status Code NotFound. No further error information was returned by the service.'
    ],
    [
      'own: Fluent Bit throttled',
      "[error] [output:cloudwatch_logs:cloudwatch_logs.0] PutLogEvents API responded with error='ThrottlingException'"
    ],
    [
      'own: a Docker Hub 403 with an empty host label',
      'unexpected status from HEAD request to https://.docker.io/v2/x/manifests/1: 403 Forbidden'
    ]
  ])('%s: no finding', (_source, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('own: the AMI denial keeps the action CloudFormation names and the AMI list', () => {
    const [f] = parseText('API: ec2:RunInstances Not authorized for images: [ami-0a, ami-0b]')
    expect(f).toMatchObject({ kind: 'denial', action: 'ec2:RunInstances', service: 'ec2' })
  })
})
