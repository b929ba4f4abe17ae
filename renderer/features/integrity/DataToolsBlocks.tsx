import { ImportFolderBlock } from './ImportFolderBlock';
import { IntegrityBlock } from './IntegrityBlock';
import { PortableExportBlock } from './PortableExportBlock';

/** The blocks of Settings that read every record: the self-check, the readable export and importing it back. */
export function DataToolsBlocks() {
  return (
    <>
      <IntegrityBlock />
      <PortableExportBlock />
      <ImportFolderBlock />
    </>
  );
}
