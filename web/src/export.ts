/** Saving what is on screen: SVG as it is, PNG by drawing that SVG on a canvas at twice the size. */

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function svgText(root: SVGSVGElement): string {
  const copy = root.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function saveSvg(root: SVGSVGElement, name: string): void {
  download(new Blob([svgText(root)], { type: 'image/svg+xml' }), `${name}.svg`);
}

export function pngBlob(root: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(root.getAttribute('width')) || root.getBoundingClientRect().width;
  const height = Number(root.getAttribute('height')) || root.getBoundingClientRect().height;
  const url = URL.createObjectURL(new Blob([svgText(root)], { type: 'image/svg+xml' }));
  return new Promise<Blob>((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('this browser cannot draw on a canvas'));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
        'image/png',
      );
    };
    image.onerror = () => reject(new Error('the picture could not be drawn'));
    image.src = url;
  });
}

export async function savePng(root: SVGSVGElement, name: string): Promise<void> {
  download(await pngBlob(root), `${name}.png`);
}
