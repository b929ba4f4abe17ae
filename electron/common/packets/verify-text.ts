/**
 * `VERIFY.txt`: how anyone (a bank clerk, a regulator, a court) checks the packet with the tools their computer
 * already has, on Linux, macOS and Windows, in Chinese and English whatever the packet's language. CRLF line
 * ends, so Windows Notepad and every other editor show it properly.
 */

export interface VerifyTextInput {
  readonly caseNumber: string;
  readonly keyFingerprint: string;
  readonly asOf: string;
  readonly redacted: boolean;
}

const POWERSHELL =
  "Get-Content -Encoding UTF8 SHA256SUMS | ForEach-Object { $h, $f = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash.ToLower() -eq $h) { \"OK  $f\" } else { \"FAILED  $f\" } }";
const OPENSSL = 'openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig';

function zh(input: VerifyTextInput): string[] {
  return [
    `证据包校验说明 — 个案 ${input.caseNumber}`,
    '',
    `本证据包由“退款台账”生成，内容截至 ${input.asOf}（个案最后一条记录的时间）。`,
    `签名密钥指纹：${input.keyFingerprint}（与本店退款凭证上印的指纹一致）。`,
    '',
    '一、核对文件是否被改动（先解压，在解压后的文件夹中执行）',
    '  Linux:    sha256sum -c SHA256SUMS',
    '  macOS:    shasum -a 256 -c SHA256SUMS',
    '  Windows（PowerShell）:',
    `    ${POWERSHELL}`,
    '  Windows（命令提示符，逐个文件）: certutil -hashfile packet.pdf SHA256',
    '    将输出与 SHA256SUMS 中同名文件的值比较（大小写不论）。',
    '  每一行都应为 OK；任何 FAILED 表示该文件与签名时不同。',
    '',
    '二、核对签名（需要 OpenSSL 3.0 或更新版本）',
    `  ${OPENSSL}`,
    '  应输出 "Signature Verified Successfully"。再核对 manifest.json 中的密钥指纹与退款凭证上印的是否一致。',
    '',
    '三、事件记录（哈希链）',
    '  events.jsonl 为本个案的全部记录，refund-events.jsonl 为所关联退款的记录，每行一条，按序号排列。',
    '  每条的 hash = SHA-256(该行去掉 hash、redacted、erased、refund 四个字段后的规范 JSON + prevHash)；',
    '  规范 JSON：键按字母排序、无空格。每条的 prevHash 必须等于上一条的 hash，第一条为 64 个 0。',
    '  删除、插入或调换任何一条都会使链断开。',
    '  带 "erased": true 的记录：其中顾客的个人信息已按顾客要求（或保存期限到期）删除，自身哈希无法重算，但前后链接',
    '  仍可核对；其后的“删除顾客个人信息”记录（哈希可核对）在 erasedSeqs 中列出了这些记录的序号。',
    '',
    '四、个人信息遮盖',
    input.redacted
      ? '  本包已遮盖个人信息（姓名如 张*，手机号如 138****0000，卡号如 **** 1234），遮盖清单见 manifest.json。'
      : '  本包未遮盖个人信息（导出时已关闭遮盖），请妥善保管。',
    '  顾客姓名和电话本来就不在哈希链中，删除它们不影响校验。个别记录本身含有个人信息（联系人、误退收款人、',
    '  备注里的电话号码）：遮盖后该行带有 "redacted" 字段，其自身哈希无法重算，但 hash 与 prevHash 保持原值，',
    ...(input.redacted
      ? [
          '  前后链接仍可核对。未遮盖的导出可逐行完整核对。',
          '  照片元数据：本包 originals/ 中的图片（JPEG/PNG/WebP）是去除了元数据（拍摄位置 GPS、设备型号与序列号、拍摄时间等）',
          '  的副本，像素数据未改动，但其 SHA-256 与哈希链中“添加附件”记录的值不同。manifest.json 的 attachments 逐个列出',
          '  原始哈希、导出哈希和去除的内容；HEIC/HEIF 图片及无法解析的图片未附上。未遮盖的导出中 originals/ 为原始附件，',
          '  逐字节相同，哈希与链中一致。',
        ]
      : ['  前后链接仍可核对。未遮盖的导出可逐行完整核对。originals/ 中为原始附件，内容未作改动。']),
  ];
}

function en(input: VerifyTextInput): string[] {
  return [
    `How to verify this evidence packet — case ${input.caseNumber}`,
    '',
    `Made by RefundDesk; it shows the case as of ${input.asOf} (the time of the case's last record).`,
    `Signing key fingerprint: ${input.keyFingerprint} (the same fingerprint is printed on the shop's refund receipts).`,
    '',
    '1. Check that no file was changed (unzip first, then run in the unzipped folder)',
    '  Linux:    sha256sum -c SHA256SUMS',
    '  macOS:    shasum -a 256 -c SHA256SUMS',
    '  Windows (PowerShell):',
    `    ${POWERSHELL}`,
    '  Windows (Command Prompt, one file at a time): certutil -hashfile packet.pdf SHA256',
    '    and compare with that file\'s line in SHA256SUMS (case does not matter).',
    '  Every line must say OK; FAILED means the file differs from what was signed.',
    '',
    '2. Check the signature (OpenSSL 3.0 or later)',
    `  ${OPENSSL}`,
    '  It must print "Signature Verified Successfully". Compare the fingerprint in manifest.json with the receipts.',
    '',
    '3. The event records (hash chains)',
    '  events.jsonl holds every record of this case; refund-events.jsonl those of the linked refunds; one per line, by seq.',
    '  hash = SHA-256(canonical JSON of the line without hash, redacted, erased and refund + prevHash);',
    '  canonical JSON: keys sorted, no spaces. Each prevHash equals the previous line\'s hash; the first is 64 zeros.',
    '  Removing, inserting or swapping any line breaks the chain.',
    '  A line with "erased": true had the customer\'s personal text removed at their request (or when the retention period',
    '  ended): its own hash cannot be recomputed, but its links still verify, and the later personal_data_erased line (which',
    '  verifies in full) lists its seq in erasedSeqs.',
    '',
    '4. Personal data',
    input.redacted
      ? '  Personal data is masked (names like 张*, phones like 138****0000, cards like **** 1234); manifest.json lists what was masked.'
      : '  Personal data is NOT masked (masking was switched off for this export): keep this packet safe.',
    '  Customer names and phones are not part of the hash chains, so leaving them out does not affect verification. A few',
    '  records carry personal text themselves (a person spoken to, a misdirect recipient, a phone number in a note): masked,',
    '  such a line has a "redacted" field; its own hash cannot be recomputed, but hash and prevHash are the originals, so the',
    ...(input.redacted
      ? [
          '  links before and after it still verify. An unmasked export verifies every line in full.',
          '  Photo metadata: the images in originals/ (JPEG/PNG/WebP) are copies with their metadata removed (GPS position, camera',
          '  make, model and serial, times); the pixel data is unchanged, but their SHA-256 differs from the one in the chain\'s',
          '  attachment_added record. "attachments" in manifest.json lists, per file, the original and exported SHA-256 and what',
          '  was removed; HEIC/HEIF images and images that could not be parsed are withheld. An unmasked export carries the',
          '  original files byte for byte, with the hashes in the chain.',
        ]
      : [
          '  links before and after it still verify. An unmasked export verifies every line in full. originals/ holds the attached',
          '  files unchanged.',
        ]),
  ];
}

export function verifyText(input: VerifyTextInput): string {
  return [...zh(input), '', '----------------------------------------', '', ...en(input), ''].join('\r\n');
}

export const VERIFY_COMMANDS = { linux: 'sha256sum -c SHA256SUMS', macos: 'shasum -a 256 -c SHA256SUMS', powershell: POWERSHELL, openssl: OPENSSL } as const;
