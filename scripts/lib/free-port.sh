# A free TCP port on loopback (the OS picks it), for scripts that start servers beside others.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
