{{/* Labels every object of the tenant carries: Vigie watches only what has vigie.io/tenant. */}}
{{- define "ent-tenant.labels" -}}
vigie.io/tenant: {{ .Values.tenant.name | quote }}
app.kubernetes.io/name: ent
app.kubernetes.io/instance: {{ .Values.tenant.name | quote }}
app.kubernetes.io/managed-by: {{ .Values.managedBy | quote }}
app.kubernetes.io/part-of: ent
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | quote }}
{{- end -}}

{{/* Labels of one service's objects and pods; call with (dict "root" $ "service" $service). */}}
{{- define "ent-tenant.serviceLabels" -}}
{{ include "ent-tenant.labels" .root }}
vigie.io/service: {{ .service.name | quote }}
app.kubernetes.io/component: {{ .service.name | quote }}
{{- end -}}

{{/* The selector of one service: the two Vigie labels, which never change for a service. */}}
{{- define "ent-tenant.selector" -}}
vigie.io/tenant: {{ .root.Values.tenant.name | quote }}
vigie.io/service: {{ .service.name | quote }}
{{- end -}}

{{/* Checks the schema cannot express: unique service names, minReplicas <= maxReplicas. */}}
{{- define "ent-tenant.checks" -}}
{{- $seen := dict -}}
{{- range .Values.services -}}
{{- if hasKey $seen .name -}}
{{- fail (printf "services: the name %q is used twice; each service must have its own name" .name) -}}
{{- end -}}
{{- $_ := set $seen .name true -}}
{{- if gt (int .minReplicas) (int .maxReplicas) -}}
{{- fail (printf "services[%s].minReplicas: %d is greater than maxReplicas %d" .name (int .minReplicas) (int .maxReplicas)) -}}
{{- end -}}
{{- end -}}
{{- end -}}
