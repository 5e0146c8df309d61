import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'faultline:public';

/** Marks an HTTP route that needs no key: health checks and the static pages. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
