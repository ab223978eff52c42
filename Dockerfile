# gopad in a Jupyter image, for JupyterHub (DockerSpawner, KubeSpawner / Zero to JupyterHub) or plain docker.
#
#   docker build -t gopad .
#   docker run --rm -p 8888:8888 gopad     # then open the http://127.0.0.1:8888/lab?token=... URL it prints
#
# JupyterHub: c.DockerSpawner.image = "gopad" (jupyterhub_config.py), or in Zero to JupyterHub's
# config.yaml: singleuser.image.name: <registry>/gopad, singleuser.image.tag: <tag>.
# The image starts JupyterLab on ~/notebooks; the "Go (gopad)" kernel is preinstalled.

ARG BASE_IMAGE=quay.io/jupyter/base-notebook:latest

# Stage 1: build gopad with the official Go image. go.mod asks for Go 1.26.8; the Go images pin
# GOTOOLCHAIN=local, so set it to auto: an older 1.26 image then fetches the exact toolchain from the
# Go module proxy. CGO is off: gopad is pure Go, and a static binary runs on any base image.
FROM docker.io/library/golang:1.26-bookworm AS build
ENV GOTOOLCHAIN=auto CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY *.go ./
COPY install ./install
COPY interp ./interp
COPY kernel ./kernel
RUN go build -o /out/gopad . && /out/gopad version

# Stage 2: the Jupyter image (JupyterLab, jupyterhub-singleuser, conda in /opt/conda, user jovyan).
FROM ${BASE_IMAGE}
COPY --from=build /out/gopad /usr/local/bin/gopad
# The kernelspec goes into the image's Python environment (sys.prefix /opt/conda), where JupyterLab and
# jupyterhub-singleuser look; gopad copies itself into the kernelspec folder.
RUN gopad install --sys-prefix && jupyter kernelspec list
COPY --chown=${NB_UID}:${NB_GID} notebooks /home/${NB_USER}/notebooks
WORKDIR /home/${NB_USER}/notebooks
