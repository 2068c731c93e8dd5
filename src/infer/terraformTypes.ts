// Terraform names most AWS resource types after their service (`aws_s3_bucket`, `aws_iam_role`,
// `aws_lambda_function`): the type's first word is the IAM prefix. These are the types whose
// leading words are not, with the service they belong to; the catalog still decides the action
// (`aws_launch_configuration` is Auto Scaling's CreateLaunchConfiguration, not EC2's).

/** A type's leading words (after `aws_`, joined by `_`) → the IAM service of the resource. */
export const TERRAFORM_TYPE_SERVICES: Readonly<Record<string, string>> = {
  // Auto Scaling's launch configurations; launch templates are EC2's.
  launch_configuration: 'autoscaling',
  launch_template: 'ec2',
  // RDS resources are `aws_db_*` (aws_db_instance, aws_db_subnet_group).
  db: 'rds',
  // Classic (`aws_elb`) and v2 (`aws_lb`, `aws_alb`, their listeners and target groups).
  elb: 'elasticloadbalancing',
  lb: 'elasticloadbalancing',
  alb: 'elasticloadbalancing',
  // EC2's resources carry no service word.
  instance: 'ec2',
  security_group: 'ec2',
  subnet: 'ec2',
  vpc: 'ec2',
  internet_gateway: 'ec2',
  nat_gateway: 'ec2',
  route_table: 'ec2',
  network_interface: 'ec2',
  ebs_volume: 'ec2',
  // CloudWatch Events rules and targets are EventBridge's.
  cloudwatch_event: 'events',
  // Amazon Managed Service for Prometheus (`aws_prometheus_workspace`).
  prometheus: 'aps'
}

/** Types that are only a service word, with the resource they stand for (`aws_elb` is a load balancer). */
export const TERRAFORM_BARE_TYPES: Readonly<Record<string, string>> = {
  elb: 'load balancer',
  lb: 'load balancer',
  alb: 'load balancer'
}
