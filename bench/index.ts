/** `npm run bench`: every benchmark, each printing ratios against its named baseline in the same run. */
import { runMediaBench } from './media'
import { runNotificationsBench } from './notifications'
import { runPublishBench } from './publish'
import { runSlugBench } from './slugs'

runSlugBench()
await runPublishBench()
await runNotificationsBench()
await runMediaBench()
process.exit(0)
