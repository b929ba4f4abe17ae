/**
 * `npm run demo -- --data-dir DIR [--shop NAME] [--lang zh-CN|en]`: fills a data folder with the demo shop
 * (a few hundred refunds over months, every channel and status) through the same setup the first-run screen uses.
 * Then start the app on it: `REFUNDDESK_DATA_DIR=DIR npm start`.
 */
import { dataDirFromArgs } from '../electron/node/data-dir';
import { openAppServices } from '../electron/node/app-services';

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  const dataDir = dataDirFromArgs(process.argv.slice(2));
  if (dataDir === undefined) {
    console.error('Usage: npm run demo -- --data-dir DIR [--shop NAME] [--lang zh-CN|en]');
    process.exitCode = 2;
    return;
  }
  const services = await openAppServices({ dataDir, version: 'demo' });
  try {
    const before = await services.handlers['app.info']({});
    if (before.refundCount > 0) {
      console.error(`${dataDir} already holds ${before.refundCount} refunds; demo data goes only into an empty folder.`);
      process.exitCode = 1;
      return;
    }
    const info = await services.handlers['app.setup']({
      shopName: flag('--shop') ?? '小林手机配件店',
      operatorName: '店长',
      language: flag('--lang') === 'en' ? 'en' : 'zh-CN',
      loadDemo: true,
    });
    console.log(`Demo shop "${info.settings.shopName}" with ${info.refundCount} refunds written to ${dataDir}`);
  } finally {
    await services.close();
  }
}

await main();
