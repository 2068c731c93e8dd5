// bottleneck's build without clustering (what @octokit/plugin-throttling loads) ships no types of
// its own; its API is the full build's.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
