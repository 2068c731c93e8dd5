console.log('action')
const m = await import('@aws-sdk/client-sts')
console.log(typeof m.STSClient)
