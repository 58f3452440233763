// The join link as a QR code for the projector: students scan it instead of typing the
// address. Medium error correction survives a glare spot on the screen.
// The qrcode package is loaded with the first code asked for, not by every idle server.
export async function joinQrSvg(url: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
