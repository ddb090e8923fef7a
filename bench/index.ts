/** `npm run bench`: every benchmark, each printing ratios against its named baseline in the same run. */
import { runPublishBench } from './publish'

await runPublishBench()
process.exit(0)
