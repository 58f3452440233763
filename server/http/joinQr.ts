// The join link as a QR code for the projector: students scan it instead of typing the
// address. Medium error correction survives a glare spot on the screen.
import QRCode from 'qrcode';

export function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
