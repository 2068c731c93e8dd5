#!/usr/bin/env node
console.log('cli')
const m = await import('@aws-sdk/client-sts')
console.log(typeof m.STSClient)
