import { mkdirSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { startService, waitFor, type Service } from './processes';
import { renderServerConfig } from './server-config';

/** php-fpm on a unix socket; the socket is 0666 because nginx workers run as `nobody`. */
export async function startPhpFpm(dir: string): Promise<{ service: Service; socket: string }> {
	const socket = join(dir, 'php-fpm.sock');
	const conf = join(dir, 'php-fpm.conf');
	// PHP is CPU-bound here: a couple of children per core keeps both cores busy while others wait on MariaDB.
	const children = availableParallelism() * 2;
	writeFileSync(conf, `[global]
pid = ${join(dir, 'php-fpm.pid')}
error_log = ${join(dir, 'php-fpm.log')}
daemonize = no

[www]
listen = ${socket}
listen.mode = 0666
pm = static
pm.max_children = ${children}
catch_workers_output = yes
decorate_workers_output = no
php_admin_value[error_log] = ${join(dir, 'php-error.log')}
php_admin_flag[log_errors] = on
php_admin_value[memory_limit] = 256M
`);
	const service = startService('php-fpm', 'php-fpm8.2', ['--nodaemonize', '-R', '-y', conf], join(dir, 'php-fpm.out.log'));
	await waitFor('php-fpm', async () => (await stat(socket)).isSocket(), 15000, service);
	return { service, socket };
}

/**
 * nginx in the foreground serving `wpRoot` with pretty permalinks; query strings never reach the access log.
 * The direct path is the one Commerce Bridge ships (plugin/server-config/nginx-http.conf and nginx.conf),
 * rendered for `sidecarUrl` into `<dir>/nginx-direct-http.conf` and `<dir>/nginx-direct-path.conf` and
 * included as they are.
 */
export async function startNginx(dir: string, wpRoot: string, port: number, fpmSocket: string, sidecarUrl: string): Promise<Service> {
	mkdirSync(join(dir, 'nginx-temp'), { recursive: true });
	const conf = join(dir, 'nginx.conf');
	const direct = { http: join(dir, 'nginx-direct-http.conf'), server: join(dir, 'nginx-direct-path.conf') };
	writeFileSync(direct.http, renderServerConfig('nginxHttp', { sidecarUrl }));
	writeFileSync(direct.server, renderServerConfig('nginx', { sidecarUrl }));
	writeFileSync(conf, nginxConf(dir, wpRoot, port, fpmSocket, direct));
	const service = startService('nginx', 'nginx', ['-c', conf, '-p', `${dir}/`, '-e', join(dir, 'nginx-error.log')], join(dir, 'nginx.out.log'));
	await waitFor('nginx', async () => (await fetch(`http://127.0.0.1:${port}/wp-includes/images/blank.gif`)).ok, 15000, service);
	return service;
}

function nginxConf(dir: string, wpRoot: string, port: number, fpmSocket: string, direct: { http: string; server: string }): string {
	const temp = join(dir, 'nginx-temp');
	return `daemon off;
worker_processes ${availableParallelism()};
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'nginx-error.log')} warn;
events { worker_connections 1024; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	# Tokens travel in query strings: log the path only.
	map $request_uri $path_only { ~^(?<p>[^?]*) $p; }
	log_format pathonly '$remote_addr [$time_local] "$request_method $path_only" $status $body_bytes_sent $request_time';
	access_log ${join(dir, 'nginx-access.log')} pathonly;
	client_body_temp_path ${temp}/body;
	fastcgi_temp_path ${temp}/fastcgi;
	proxy_temp_path ${temp}/proxy;
	uwsgi_temp_path ${temp}/uwsgi;
	scgi_temp_path ${temp}/scgi;
	client_max_body_size 64m;
	# Commerce Bridge's direct path, as shipped (rendered from plugin/server-config/): the sidecar upstream…
	include ${direct.http};
	server {
		listen 127.0.0.1:${port};
		server_name _;
		root ${wpRoot};
		index index.php;
		# …and the locations sent to it.
		include ${direct.server};
		location / { try_files $uri $uri/ /index.php?$args; }
		location ~ \\.php$ {
			try_files $uri =404;
			include /etc/nginx/fastcgi_params;
			fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
			# Debian's fastcgi_params drop the port; WordPress on a non-80 port would redirect forever.
			fastcgi_param HTTP_HOST $host:$server_port;
			fastcgi_pass unix:${fpmSocket};
		}
	}
}
`;
}
