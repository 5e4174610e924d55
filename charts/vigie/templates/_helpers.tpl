{{/* The release's full name: the release name, or <release>-vigie when it does not say vigie. */}}
{{- define "vigie.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "vigie.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name | quote }}
{{- end -}}

{{- define "vigie.labels" -}}
{{ include "vigie.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: vigie
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | quote }}
{{- end -}}

{{- define "vigie.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- .Values.serviceAccount.name | default (include "vigie.fullname" .) -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/* True ("true") when one cluster is the one Vigie runs in: the pod then needs its service account token. */}}
{{- define "vigie.inCluster" -}}
{{- range $name, $cluster := .Values.clusters -}}
{{- if $cluster.inCluster -}}true{{- end -}}
{{- end -}}
{{- end -}}

{{/* Checks the schema cannot express. */}}
{{- define "vigie.checks" -}}
{{- if and (eq .Values.rbac.scope "namespaced") (empty .Values.rbac.namespaces) -}}
{{- fail "rbac.namespaces: empty, but rbac.scope is namespaced; list the tenant namespaces Vigie may scale in" -}}
{{- end -}}
{{- if gt (len (include "vigie.inCluster" . )) 4 -}}
{{- fail "clusters: more than one cluster has inCluster: true; only the cluster Vigie runs in can" -}}
{{- end -}}
{{- if and .Values.rbac.create (not .Values.serviceAccount.create) (not .Values.serviceAccount.name) -}}
{{- fail "serviceAccount.name: required when serviceAccount.create is false and rbac.create is true; binding the namespace's default account would give every pod in it Vigie's rights" -}}
{{- end -}}
{{- if and .Values.tenants.configMap .Values.tenants.files -}}
{{- fail "tenants: give either configMap (an existing ConfigMap) or files, not both" -}}
{{- end -}}
{{- end -}}
