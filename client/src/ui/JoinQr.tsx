// The QR code of a match's join link (/join/CODE, on an address other devices can open),
// drawn here with the qrcode package as SVG so that it is crisp at any size, on the
// projector too. Used by the lobby's invite box, the class console and the projector.
// The qrcode package is fetched with the first code drawn, not with the home page.
import { useEffect, useState } from 'preact/hooks';
import { useInviteLink } from '../net/inviteOrigin.ts';

export function JoinQr({ code, size, alt }: { code: string; size: number; alt: string }) {
  const { url } = useInviteLink(code);
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then(({ default: QRCode }) => QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#1d2a33', light: '#ffffff' } }))
      .then((s) => live && setSvg(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(s)}`))
      .catch(() => live && setSvg(null));
    return () => {
      live = false;
    };
  }, [url]);
  if (!svg) return <div class="join-qr join-qr-empty" style={{ width: `${size}px`, height: `${size}px` }} />;
  return <img class="join-qr" src={svg} width={size} height={size} alt={alt} data-testid="join-qr" />;
}
