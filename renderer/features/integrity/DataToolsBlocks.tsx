import { IntegrityBlock } from './IntegrityBlock';
import { PortableExportBlock } from './PortableExportBlock';

/** The blocks of Settings that read every record: the self-check and the readable export. */
export function DataToolsBlocks() {
  return (
    <>
      <IntegrityBlock />
      <PortableExportBlock />
    </>
  );
}
