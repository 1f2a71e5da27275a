/**
 * The name of the file the CLI writes before renaming it over the timeline: beside the target (a rename is atomic
 * only within one file system), hidden, and recognisable. A build killed during its final write can leave one
 * behind in data/, which is the site's public folder: vite.config.ts removes such files from every build, and
 * the next extract deletes those whose process has ended.
 */
import path from 'node:path';

/** ".timeline.json.chronolens-1234.tmp" */
export const TEMP_FILE = /^\..+\.chronolens-(\d+)\.tmp$/;

export function tempPathFor(target: string, pid = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.chronolens-${pid}.tmp`);
}
