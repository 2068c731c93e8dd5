// Security Hub's product ARNs: an account's own `product/ACCOUNT/default`, which needs no
// integration turned on, and partners' AWS-published `product/COMPANY/PRODUCT` (empty account).

export function isOwnDefaultProduct(arn: string | null): boolean {
  return /:product\/\d{12}\/default$/.test(arn ?? '')
}
